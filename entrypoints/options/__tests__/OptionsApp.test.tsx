// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { OptionsActions } from '@/entrypoints/options/actions';
import type { SettingsValues } from '@/utils/settings/registry';
import { COIN_CATALOG, coinLabel } from '@/utils/terms/coin-catalog';
import { OptionsApp } from '../OptionsApp';

const DEFAULTS: SettingsValues = {
  currency: 'usd',
  enabled: true,
  disabledSites: [],
  apiKey: { plan: 'public', key: '' },
  highlightStyle: 'dotted',
  hoverDelayMs: 300,
  firstOnly: false,
  trackedCoins: ['bitcoin', 'ethereum'],
  pinnedCoins: [],
  badgePlacement: { corner: 'bottom-right', offsetX: 16, offsetY: 16 },
  badgesCollapsed: false,
  badgesHiddenSites: ['quiet.example'],
  networkEnabled: true,
  networkInstance: 'https://mempool.space',
};

function fakeActions(overrides: Partial<OptionsActions> = {}) {
  const values = structuredClone(DEFAULTS);
  const save = vi.fn(async (name: keyof SettingsValues, value: unknown) => {
    (values as Record<string, unknown>)[name] = value;
  });
  const actions: OptionsActions = {
    load: async () => structuredClone(values),
    save: save as OptionsActions['save'],
    testKey: async () => ({ ok: true }),
    reset: async () => {},
    onChanged: () => () => {},
    ...overrides,
  };
  return { actions, save };
}

async function renderOptions(actions: OptionsActions) {
  await act(async () => {
    render(<OptionsApp actions={actions} />);
  });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OptionsApp', () => {
  it('lists each coin once by name and ticker, from the coin catalog', async () => {
    const { actions } = fakeActions();
    await renderOptions(actions);
    const coins = screen.getByRole('group', { name: 'Coins in the popup' });
    const labels = [...coins.querySelectorAll('label')].map((label) => label.textContent?.trim());
    expect(labels).toEqual(COIN_CATALOG.map(coinLabel));
    expect(labels).toContain('Bitcoin (BTC)');
    expect(labels).toContain('XRP');
    expect(labels.filter((label) => /\(([A-Z0-9]+)\) \(\1\)/.test(label ?? ''))).toEqual([]);
  });

  it('saves the currency at once', async () => {
    const { actions, save } = fakeActions();
    await renderOptions(actions);
    await act(async () =>
      fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'eur' } }),
    );
    expect(save).toHaveBeenCalledWith('currency', 'eur');
  });

  it.each([
    [{ ok: true } as const, 'The key works on the demo plan.'],
    [
      {
        ok: false,
        error: {
          kind: 'wrong-plan-url',
          usePlan: 'pro',
          useBaseUrl: 'https://pro-api.coingecko.com/api/v3',
        },
      } as const,
      "This key belongs to CoinGecko's Pro plan",
    ],
    [
      { ok: false, error: { kind: 'key-invalid', plan: 'demo' } } as const,
      'CoinGecko rejected the demo API key',
    ],
  ])('reports a key test in words: %j', async (result, words) => {
    const testKey = vi.fn(async () => result);
    const { actions } = fakeActions({ testKey });
    await renderOptions(actions);
    await act(async () => fireEvent.click(screen.getByLabelText(/Demo key/)));
    await act(async () =>
      fireEvent.change(screen.getByLabelText('API key'), { target: { value: 'CG-abc' } }),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test key' })));
    expect(testKey).toHaveBeenCalledWith('demo', 'CG-abc');
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain(words);
  });

  it('adds a site by any URL form and refuses nonsense with a message', async () => {
    const { actions, save } = fakeActions();
    await renderOptions(actions);
    const input = screen.getByLabelText('Add a site');
    await act(async () =>
      fireEvent.change(input, { target: { value: 'https://News.Example.com/a' } }),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add' })));
    expect(save).toHaveBeenCalledWith('disabledSites', ['news.example.com']);
    await act(async () => fireEvent.change(input, { target: { value: 'not a site!' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add' })));
    expect(screen.getByRole('alert').textContent).toContain('Type a host name');
  });

  it('moves the price strip to another corner and shows hidden sites again', async () => {
    const { actions, save } = fakeActions();
    await renderOptions(actions);
    await act(async () =>
      fireEvent.change(screen.getByLabelText('Corner'), { target: { value: 'top-left' } }),
    );
    expect(save).toHaveBeenCalledWith('badgePlacement', {
      corner: 'top-left',
      offsetX: 16,
      offsetY: 16,
    });
    await act(async () =>
      fireEvent.click(
        screen.getByRole('button', { name: 'Show pinned prices again on quiet.example' }),
      ),
    );
    expect(save).toHaveBeenCalledWith('badgesHiddenSites', []);
  });

  it('resets only after confirmation', async () => {
    const reset = vi.fn(async () => {});
    const { actions } = fakeActions({ reset });
    await renderOptions(actions);
    vi.stubGlobal('confirm', vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true));
    const button = screen.getByRole('button', { name: 'Reset to defaults' });
    await act(async () => fireEvent.click(button));
    expect(reset).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(button));
    expect(reset).toHaveBeenCalledTimes(1);
  });
});
