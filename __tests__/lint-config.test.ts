import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** Lints a snippet as if it were a file of the project, with the project's config. */
async function lint(code: string, file = 'utils/page/example.ts') {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((message) => message.ruleId);
}

describe('the lint config rejects HTML and code sinks', () => {
  it.each([
    ['innerHTML assignment', "document.body.innerHTML = '<b>' + location.hash + '</b>';"],
    ['outerHTML append', "document.body.outerHTML += '<i>x</i>';"],
    ['insertAdjacentHTML', "document.body.insertAdjacentHTML('beforeend', '<i>x</i>');"],
    ['document.write', "document.write('<p>x</p>');"],
    ['createContextualFragment', "document.createRange().createContextualFragment('<p>x</p>');"],
    ['iframe srcdoc', "document.createElement('iframe').srcdoc = '<p>x</p>';"],
  ])('%s', async (_name, code) => {
    expect(await lint(code)).toContain('no-restricted-syntax');
  });

  it('dangerouslySetInnerHTML in a component', async () => {
    const code = 'export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n';
    expect(await lint(code, 'components/Example.tsx')).toContain('no-restricted-syntax');
  });

  it.each([
    ['eval', "eval('1 + 1');", 'no-eval'],
    ['new Function', "new Function('return 1')();", 'no-new-func'],
    ['string setTimeout', "setTimeout('alert(1)', 10);", 'no-implied-eval'],
  ])('%s', async (_name, code, rule) => {
    expect(await lint(code)).toContain(rule);
  });

  it('allows reading markup and writing text', async () => {
    const code = 'const before = document.body.innerHTML;\ndocument.body.textContent = before;\n';
    expect(await lint(code)).toEqual([]);
  });
});
