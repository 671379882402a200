import { defineConfig } from 'wxt';
import { contentScriptNativeBrowser } from './build/content-native-browser';
import { noHtmlSink } from './build/no-html-sink';
import { termAnchors } from './build/term-anchors';

/** The rendered icons in public/icon, by size. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  // A profiling build (scripts/profile-frame.ts) and the test build (frames publish a
  // scan-complete mark: entrypoints/content/scanner.ts) go beside the release build, not over it.
  ...(process.env.HASHLENS_UNMINIFIED ? { outDir: '.output-profile' } : {}),
  ...(process.env.WXT_SCAN_MARKS === 'true' ? { outDir: '.output-test' } : {}),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The renderers' innerHTML sinks are removed from the bundles: see build/no-html-sink.ts.
  vite: () => ({
    plugins: [noHtmlSink(), contentScriptNativeBrowser(), termAnchors()],
    // Readable function names for CPU profiles (scripts/profile-frame.ts); never in a release.
    ...(process.env.HASHLENS_UNMINIFIED ? { build: { minify: false } } : {}),
  }),
  zip: {
    // The sources zip goes to Mozilla's reviewers only (README "Release"): no local output.
    excludeSources: ['demo-output/**', 'e2e-output/**', 'stats.html', '**/*.log'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'HashLens',
    description:
      'Bitcoin and mining terms explained where you read them, with live CoinGecko prices.',
    // The term-stepping keys as browser commands, so readers can change them in the browser's
    // shortcut settings (utils/messaging/term-step.ts). The content script also listens for
    // the same keys where the browser leaves them to the page.
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Open the tooltip of the next marked term',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the tooltip of the previous marked term',
      },
    },
    // Every frame of every page runs the first look (entrypoints/content-first-look/): an
    // unlisted script declared here, not a WXT content script, so frames pay for no runtime of
    // WXT's. Its stylesheet holds the ::highlight rules, injected before the page renders
    // (adding one later would cost a full style recalculation on large pages).
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['content-first-look.js'],
        css: ['assets/content-highlights.css'],
        all_frames: true,
        match_about_blank: false,
        run_at: 'document_idle',
      },
    ],
    // Each permission is justified in README.md ("Permissions").
    permissions: ['storage', 'alarms'],
    host_permissions: [
      'https://api.coingecko.com/*',
      'https://pro-api.coingecko.com/*',
      'https://mempool.space/*',
    ],
    // A reader's own mempool instance is asked for when they enter it in the options, never
    // at install (README "Permissions").
    [manifestVersion === 2 ? 'optional_permissions' : 'optional_host_permissions']: [
      'https://*/*',
      'http://*/*',
    ],
    // Chrome: the content script's engine and UI halves, imported by the content script when a
    // frame holds terms and on first use (entrypoints/content/bundle-import.ts), under a
    // per-session URL so pages cannot probe for them.
    // Firefox bundles the UI into the content script instead (same file explains why).
    ...(manifestVersion === 3
      ? {
          web_accessible_resources: [
            {
              resources: ['content-engine.js', 'content-ui.js'],
              matches: ['<all_urls>'],
              use_dynamic_url: true,
            },
          ],
        }
      : {}),
    // WXT fills `icons` from public/icon/*.png but not the toolbar button's icon; without it the
    // button shows a generic puzzle piece. Sources: assets/icon*.svg, scripts/render-icons.ts.
    // MV2 (Firefox) names the key itself: WXT writes the popup into `browser_action` before it
    // would convert `action`, so an `action` here would be dropped.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hashlens@hashlens.dev',
              // 140: the first Firefox with the CSS Custom Highlight API on by default (CSS.highlights
              // and ::highlight(); MDN's Firefox 140 release notes, bug 1964089).
              strict_min_version: '140.0',
              // Firefox's built-in data consent (140+). The only thing sent anywhere is the
              // CoinGecko request for the coin the reader hovers or pinned (coin id, currency,
              // their own optional API key): no personal data, page text or browsing activity.
              // README "Privacy" has the full list.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
