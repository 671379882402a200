/**
 * Build plugin: removes the one HTML sink each of our renderers ships, the `innerHTML`
 * assignment behind `dangerouslySetInnerHTML` (React DOM for the popup and options, Preact for
 * the in-page UI).
 *
 * Why: HashLens never renders HTML from strings (ESLint forbids `dangerouslySetInnerHTML` and
 * every other HTML sink), yet both renderers' production bundles still contain
 * `element.innerHTML = value`, which Mozilla's add-on linter (`web-ext lint`) rightly flags as
 * UNSAFE_VAR_ASSIGNMENT in every bundle that includes them. Rather than hide the warning, the
 * build replaces that assignment with a throw, so the sink is gone from what we ship and a stray
 * `dangerouslySetInnerHTML` fails loudly instead of parsing HTML.
 *
 * If a renderer upgrade changes the code, the build fails with instructions rather than
 * silently shipping the sink again.
 */
import type { Plugin } from 'vite';

/** A renderer bundle and the exact sink code in it. */
interface SinkTarget {
  /** The bundle files (every build flavour the package ships that Vite may pick). */
  file: RegExp;
  /** The assignment as the bundle writes it. */
  sink: string;
  /** How many times it occurs in each of those files. */
  count: number;
}

/** Known sinks: React DOM 19.x (setProp and setPropOnCustomElement) and Preact 10.x (diff). */
const TARGETS: readonly SinkTarget[] = [
  {
    file: /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.(production|development)\.js$/,
    sink: '(domElement.innerHTML = key)',
    count: 2,
  },
  {
    file: /[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs|js)$/,
    sink: '(u.innerHTML=h.__html)',
    count: 1,
  },
];

const REPLACEMENT =
  '(() => { throw Error("HashLens: dangerouslySetInnerHTML is disabled in this build; render text nodes instead."); })()';

/** Vite plugin that strips the renderers' `dangerouslySetInnerHTML` sinks at build time. */
export function noHtmlSink(): Plugin {
  return {
    name: 'hashlens:no-html-sink',
    enforce: 'pre',
    transform(code, id) {
      const target = TARGETS.find((candidate) => candidate.file.test(id));
      if (!target) return null;
      const count = code.split(target.sink).length - 1;
      if (count !== target.count) {
        this.error(
          `${id}: expected ${target.count} occurrences of "${target.sink}" but found ${count}. ` +
            'The renderer changed: update build/no-html-sink.ts to match its new code, ' +
            'then check that `npx web-ext lint --source-dir .output/firefox-mv2` reports no ' +
            'UNSAFE_VAR_ASSIGNMENT.',
        );
      }
      return { code: code.replaceAll(target.sink, REPLACEMENT), map: null };
    },
  };
}
