/**
 * Build plugin: removes the one HTML sink React DOM ships, the `innerHTML` assignment behind
 * `dangerouslySetInnerHTML`.
 *
 * Why: HashLens never renders HTML from strings (ESLint forbids `dangerouslySetInnerHTML` and
 * every other HTML sink), yet React DOM's production bundle still contains
 * `domElement.innerHTML = value`, which Mozilla's add-on linter (`web-ext lint`) rightly flags
 * as UNSAFE_VAR_ASSIGNMENT in every bundle that includes React. Rather than hide the warning, the
 * build replaces that assignment with a throw, so the sink is gone from what we ship and a stray
 * `dangerouslySetInnerHTML` fails loudly instead of parsing HTML.
 *
 * If a React DOM upgrade changes the code, the build fails with instructions rather than
 * silently shipping the sink again.
 */
import type { Plugin } from 'vite';

/** React DOM's client bundles (production and development builds). */
const REACT_DOM_CLIENT =
  /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.(production|development)\.js$/;

/** The sink as React DOM 19 writes it, in both setProp and setPropOnCustomElement. */
const SINK = '(domElement.innerHTML = key)';

/** How many times {@link SINK} occurs in each client bundle (React DOM 19.x). */
const EXPECTED_COUNT = 2;

const REPLACEMENT =
  '(() => { throw Error("HashLens: dangerouslySetInnerHTML is disabled in this build; render text nodes instead."); })()';

/** Vite plugin that strips React DOM's `dangerouslySetInnerHTML` sink at build time. */
export function reactDomNoHtmlSink(): Plugin {
  return {
    name: 'hashlens:react-dom-no-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!REACT_DOM_CLIENT.test(id)) return null;
      const count = code.split(SINK).length - 1;
      if (count !== EXPECTED_COUNT) {
        this.error(
          `${id}: expected ${EXPECTED_COUNT} occurrences of "${SINK}" but found ${count}. ` +
            'React DOM changed: update build/react-dom-no-html-sink.ts to match its new code, ' +
            'then check that `npx web-ext lint --source-dir .output/firefox-mv2` reports no ' +
            'UNSAFE_VAR_ASSIGNMENT.',
        );
      }
      return { code: code.replaceAll(SINK, REPLACEMENT), map: null };
    },
  };
}
