/** Modules made by the build plugins in this folder. */
declare module 'virtual:hashlens-term-anchors' {
  import type { TermAnchors } from '../utils/terms/term-anchors';
  /** The glossary's anchors (`build/term-anchors.ts`). */
  const anchors: TermAnchors;
  export default anchors;
}
