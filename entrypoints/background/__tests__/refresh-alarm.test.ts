import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PriceService } from '@/utils/prices/price-service';
import { currencySetting, pinnedCoinsSetting } from '@/utils/settings/items';
import { REFRESH_ALARM, RefreshScheduler } from '../refresh-alarm';

function fakeService() {
  const getQuotes = vi.fn(async () => ({}));
  return {
    service: {
      getQuotes,
      settled: async () => {},
      setCompanions: () => {},
    } as unknown as PriceService,
    getQuotes,
  };
}

/** Waits until storage watchers and alarm calls have run. */
async function flush() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('RefreshScheduler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no ports; onConnect is exercised directly below.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  });

  it('sets no alarm when nothing is pinned or open', async () => {
    const { service } = fakeService();
    const scheduler = new RefreshScheduler(service);
    scheduler.start();
    await scheduler.update();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
  });

  it('creates the alarm when a coin is pinned and clears it when the last is unpinned', async () => {
    const { service } = fakeService();
    new RefreshScheduler(service).start();
    await pinnedCoinsSetting.setValue(['bitcoin']);
    await flush();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 1 });
    await pinnedCoinsSetting.setValue([]);
    await flush();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
  });

  it('refreshes every pinned coin in one batched ask in the chosen currency', async () => {
    const { service, getQuotes } = fakeService();
    await currencySetting.setValue('eur');
    await pinnedCoinsSetting.setValue(['bitcoin', 'ethereum', 'solana']);
    new RefreshScheduler(service).start();
    await flush();
    // Pinned coins are fetched at start (only what is due goes out)…
    expect(getQuotes).toHaveBeenCalledWith(['bitcoin', 'ethereum', 'solana'], 'eur');
    getQuotes.mockClear();
    // …and again, in one ask, each time the alarm fires.
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now() });
    await flush();
    expect(getQuotes).toHaveBeenCalledTimes(1);
    expect(getQuotes).toHaveBeenCalledWith(['bitcoin', 'ethereum', 'solana'], 'eur');
  });

  it('ignores other alarms', async () => {
    const { service, getQuotes } = fakeService();
    await pinnedCoinsSetting.setValue(['bitcoin']);
    new RefreshScheduler(service).start();
    await flush();
    getQuotes.mockClear();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    await flush();
    expect(getQuotes).not.toHaveBeenCalled();
  });

  it("keeps an open popup's coin fresh until the popup closes", async () => {
    const { service } = fakeService();
    const scheduler = new RefreshScheduler(service);
    scheduler.start();
    const onMessage: ((message: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const port = {
      name: 'hashlens-popup',
      sender: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
      onMessage: {
        addListener: (listener: (message: unknown) => void) => onMessage.push(listener),
      },
      onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
      disconnect: vi.fn(),
    };
    scheduler.onConnect(port as never);
    onMessage[0]!({ coinId: 'bitcoin' });
    await flush();
    expect(await scheduler.neededCoins()).toEqual(['bitcoin']);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeDefined();
    onDisconnect[0]!();
    await flush();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
  });

  it('refuses the popup port from a web page', async () => {
    const { service } = fakeService();
    const scheduler = new RefreshScheduler(service);
    const disconnect = vi.fn();
    scheduler.onConnect({
      name: 'hashlens-popup',
      sender: { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } },
      onMessage: { addListener: vi.fn() },
      onDisconnect: { addListener: vi.fn() },
      disconnect,
    } as never);
    expect(disconnect).toHaveBeenCalled();
  });
});
