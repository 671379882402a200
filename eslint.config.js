// One linter for the whole tree. Prettier owns formatting; ESLint owns correctness and the
// security rules (no HTML sinks, no eval) that must fail `npm run check`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Syntax that would let page or API text be parsed as HTML or code. */
export const forbiddenSinks = [
  // Writing markup is the danger; reading it (tests compare a page's innerHTML) is not.
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'Never insert text as HTML: build nodes with textContent or React.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(setHTMLUnsafe|parseHTMLUnsafe)$/]',
    message: 'Never insert text as HTML: build nodes with textContent or React.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never insert text as HTML: build nodes with textContent or React.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'document.write parses HTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never insert text as HTML: render text nodes.',
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'createContextualFragment parses HTML.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.output-profile/',
      '.output-test/',
      '.wxt/',
      'node_modules/',
      'demo-output/',
      'e2e-output/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...forbiddenSinks],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
