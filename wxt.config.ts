import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'HashLens',
    description:
      'Bitcoin and mining terms explained where you read them, with live CoinGecko prices.',
    // Each permission is justified in README.md ("Permissions").
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://api.coingecko.com/*', 'https://pro-api.coingecko.com/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hashlens@hashlens.dev',
              // 140: the first Firefox with the CSS Custom Highlight API.
              strict_min_version: '140.0',
            },
          },
        }
      : {}),
  }),
});
