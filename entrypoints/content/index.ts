import { defineContentScript } from '#imports';
import { startContentApp } from '@/entrypoints/content/content-app';
// Page-level CSS (the ::highlight rules), injected by the manifest before the page renders:
// adding a stylesheet later would cost a full style recalculation on large pages.
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: false,
  // WXT would also announce "script started" to the page with window.postMessage, telling any
  // page script the event name (with our extension id) that stops this script. Custom events
  // alone do the job (WXT's future default).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startContentApp(ctx);
  },
});
