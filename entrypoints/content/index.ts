import { defineContentScript } from '#imports';
import { startContentApp } from '@/utils/page/content-app';
// Page-level CSS (the ::highlight rules), injected by the manifest before the page renders:
// adding a stylesheet later would cost a full style recalculation on large pages.
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: false,
  main(ctx) {
    void startContentApp(ctx);
  },
});
