/**
 * Keeps prices fresh only while something shows them: pinned coins, or an open popup. One
 * alarm at CoinGecko's cache period refreshes them in one batched request; with nothing to
 * show, there is no alarm and nothing is polled.
 */
import { browser, type Browser } from 'wxt/browser';
import { POPUP_PORT } from '@/utils/messaging/protocol';
import type { PriceService } from '@/utils/prices/price-service';
import { currencySetting, pinnedCoinsSetting } from '@/utils/settings/items';

/** The alarm's name. */
export const REFRESH_ALARM = 'hashlens-refresh';
/** CoinGecko's cache time for prices, in minutes (alarms take minutes). */
export const REFRESH_PERIOD_MINUTES = 1;

/** Tracks what needs fresh prices and drives the alarm. */
export class RefreshScheduler {
  private readonly popupCoins = new Map<Browser.runtime.Port, string>();

  constructor(private readonly service: PriceService) {}

  /** Registers listeners; call synchronously at background start. */
  start(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REFRESH_ALARM) void this.refresh();
    });
    browser.runtime.onConnect.addListener((port) => this.onConnect(port));
    pinnedCoinsSetting.watch(() => void this.update());
    // A new currency needs the pinned coins' prices in it right away.
    currencySetting.watch(() => void this.update());
    void this.update();
  }

  /** Tracks an open popup's port: the coin it shows stays fresh until it disconnects. */
  onConnect(port: Browser.runtime.Port): void {
    if (port.name !== POPUP_PORT || port.sender?.id !== browser.runtime.id) return;
    // Only extension pages (no tab, or a tab showing our own page) may hold this port.
    if (port.sender.tab && !(port.sender.url ?? '').startsWith(browser.runtime.getURL('/'))) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      const coinId = (message as { coinId?: unknown } | null)?.coinId;
      if (typeof coinId === 'string' && /^[a-z0-9-]{1,80}$/.test(coinId)) {
        this.popupCoins.set(port, coinId);
        void this.update();
      }
    });
    port.onDisconnect.addListener(() => {
      this.popupCoins.delete(port);
      void this.update();
    });
  }

  /** The coins something currently shows. */
  async neededCoins(): Promise<string[]> {
    const pinned = await pinnedCoinsSetting.getValue();
    return [...new Set([...pinned, ...this.popupCoins.values()])];
  }

  /** Creates the alarm when something needs prices, clears it when nothing does. */
  async update(): Promise<void> {
    const needed = await this.neededCoins();
    this.service.setCompanions(needed);
    const existing = await browser.alarms.get(REFRESH_ALARM);
    if (needed.length === 0) {
      if (existing) await browser.alarms.clear(REFRESH_ALARM);
    } else {
      if (!existing) {
        await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
      }
      // A coin just pinned should show its price now, not at the next alarm (only what is
      // due is fetched).
      await this.service.getQuotes(needed, await currencySetting.getValue());
    }
  }

  /** One batched refresh of everything needed (the cache skips what is still fresh). */
  async refresh(): Promise<void> {
    const needed = await this.neededCoins();
    if (needed.length === 0) {
      await this.update();
      return;
    }
    await this.service.getQuotes(needed, await currencySetting.getValue());
    await this.service.settled();
  }
}
