/**
 * Build plugin: the first look's anchors (`utils/terms/term-anchors.ts`), computed from the
 * glossary when the extension is built and served as the module `virtual:hashlens-term-anchors`.
 *
 * Why: every frame of every page looks for anchors before anything else. Built into the script,
 * they cost a frame no storage read and no extension API call; the glossary stays the one
 * source (the background compiles the same table at run time, so both always agree).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** The module id the first look imports. */
const MODULE_ID = 'virtual:hashlens-term-anchors';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** Vite plugin serving {@link MODULE_ID}: `export default { tableId, anchors, tokenStarts, reach }`. */
export function termAnchors(): Plugin {
  return {
    name: 'hashlens:term-anchors',
    resolveId(source) {
      return source === MODULE_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      // The glossary is TypeScript with the project's path aliases: loaded through tsx.
      const { tsImport } = await import('tsx/esm/api');
      const source = path.resolve(import.meta.dirname ?? 'build', 'term-anchors-source.ts');
      const { builtTermAnchors } = (await tsImport(
        pathToFileURL(source).href,
        import.meta.url,
      )) as typeof import('./term-anchors-source');
      return `export default ${JSON.stringify(builtTermAnchors())};`;
    },
  };
}
