// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import {
  hostPermissionPattern,
  type InstanceTestResult,
  type OptionsActions,
} from '@/entrypoints/options/actions';
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
  underline: 'section',
  trackedCoins: ['bitcoin', 'ethereum'],
  pinnedCoins: [],
  badgePlacement: { corner: 'bottom-right', offsetX: 16, offsetY: 16 },
  badgesCollapsed: false,
  badgesHiddenSites: ['quiet.example'],
  networkEnabled: true,
  networkInstance: 'https://mempool.space',
};

function fakeActions(
  overrides: Partial<OptionsActions> = {},
  initial: Partial<SettingsValues> = {},
) {
  const values = { ...structuredClone(DEFAULTS), ...initial };
  const save = vi.fn(async (name: keyof SettingsValues, value: unknown) => {
    (values as Record<string, unknown>)[name] = value;
  });
  const requestHostPermission = vi.fn(async (_origin: string) => true);
  const testNetworkInstance = vi.fn(async (url: string): Promise<InstanceTestResult> => ({
    ok: true,
    source: new URL(url).host,
  }));
  const actions: OptionsActions = {
    load: async () => structuredClone(values),
    save: save as OptionsActions['save'],
    testKey: async () => ({ ok: true }),
    testNetworkInstance,
    requestHostPermission,
    reset: async () => {},
    onChanged: () => () => {},
    ...overrides,
  };
  return { actions, save, requestHostPermission, testNetworkInstance };
}

/** Types an instance address and presses Test. */
async function testInstance(url: string) {
  await act(async () =>
    fireEvent.change(screen.getByLabelText('Instance address'), { target: { value: url } }),
  );
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test' })));
}

function networkSection() {
  return within(screen.getByRole('region', { name: 'Network data' }));
}

/** The text of the instance's result line (the last status line of the Network section). */
function instanceStatus() {
  const lines = networkSection().getAllByRole('status');
  return lines[lines.length - 1]!.textContent ?? '';
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

  it.each([
    ['Underline every occurrence', 'every'],
    ['Underline first in each section', 'section'],
    ['Underline nothing (hover only)', 'none'],
  ] as const)('saves "%s" at once', async (label, value) => {
    const { actions, save } = fakeActions(
      {},
      { underline: value === 'section' ? 'none' : 'section' },
    );
    await renderOptions(actions);
    const radio = screen.getByLabelText(label) as HTMLInputElement;
    expect(radio.checked).toBe(false);
    await act(async () => fireEvent.click(radio));
    expect(save).toHaveBeenCalledWith('underline', value);
    expect(radio.checked).toBe(true);
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

  /** Texts of the live status lines beside a control (its wrapper's). */
  const besideControl = (control: HTMLElement) =>
    within(control.closest('.options__control, fieldset') as HTMLElement)
      .getAllByRole('status')
      .map((status) => status.textContent);
  /** Every status line on the page that says something. */
  const saying = () =>
    screen
      .getAllByRole('status')
      .map((status) => status.textContent)
      .filter(Boolean);

  it.each<[string, (get: typeof screen) => HTMLElement, (el: HTMLElement) => void]>([
    [
      'currency',
      (get) => get.getByLabelText('Currency'),
      (el) => fireEvent.change(el, { target: { value: 'eur' } }),
    ],
    ['a coin', (get) => get.getByLabelText('Solana (SOL)'), (el) => fireEvent.click(el)],
    [
      'the underline mode',
      (get) => get.getByLabelText('Underline every occurrence'),
      (el) => fireEvent.click(el),
    ],
    [
      'mark style',
      (get) => get.getByLabelText('Mark style'),
      (el) => fireEvent.change(el, { target: { value: 'solid' } }),
    ],
    [
      'hover delay',
      (get) => get.getByLabelText('Hover delay (ms)'),
      (el) => fireEvent.change(el, { target: { value: '500' } }),
    ],
    [
      'corner',
      (get) => get.getByLabelText('Corner'),
      (el) => fireEvent.change(el, { target: { value: 'top-left' } }),
    ],
  ])('confirms a change of %s beside its control, and only there', async (_name, find, act_) => {
    const { actions } = fakeActions();
    await renderOptions(actions);
    const control = find(screen);
    await act(async () => act_(control));
    expect(besideControl(control)).toEqual(['Saved.']);
    expect(saying()).toEqual(['Saved.']);
  });

  it('moves the confirmation to the control changed next', async () => {
    const { actions } = fakeActions();
    await renderOptions(actions);
    const currency = screen.getByLabelText('Currency');
    await act(async () => fireEvent.change(currency, { target: { value: 'eur' } }));
    const underline = screen.getByLabelText('Underline every occurrence');
    await act(async () => fireEvent.click(underline));
    expect(besideControl(currency)).toEqual(['']);
    expect(besideControl(underline)).toEqual(['Saved.']);
  });

  it('says beside the control when a change could not be saved', async () => {
    const { actions } = fakeActions({
      save: async () => {
        throw new Error('quota exceeded');
      },
    });
    await renderOptions(actions);
    const style = screen.getByLabelText('Mark style');
    await act(async () => fireEvent.change(style, { target: { value: 'none' } }));
    expect(besideControl(style)).toEqual(['Not saved: Error: quota exceeded']);
  });

  it('has an index of its sections, each link to a section that exists', async () => {
    const { actions } = fakeActions();
    await renderOptions(actions);
    const index = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(index).getAllByRole('link');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(links.map((link) => link.textContent)).toEqual(headings);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.tagName).toBe('SECTION');
      expect(target?.querySelector('h2')?.textContent).toBe(link.textContent);
    }
  });

  describe('network data', () => {
    it.each([
      [true, false],
      [false, true],
    ])('saves network data on/off at once (%s → %s)', async (before, after) => {
      const { actions, save } = fakeActions({}, { networkEnabled: before });
      await renderOptions(actions);
      const box = screen.getByLabelText('Show live Bitcoin network data (mempool.space)');
      expect((box as HTMLInputElement).checked).toBe(before);
      await act(async () => fireEvent.click(box));
      expect(save).toHaveBeenCalledWith('networkEnabled', after);
      expect((box as HTMLInputElement).checked).toBe(after);
      expect(networkSection().getAllByRole('status')[0]!.textContent).toBe('Saved.');
    });

    it('shows the saved instance, mempool.space by default', async () => {
      const { actions } = fakeActions();
      await renderOptions(actions);
      expect((screen.getByLabelText('Instance address') as HTMLInputElement).value).toBe(
        'https://mempool.space',
      );
    });

    it.each([
      'not a url',
      '',
      'mempool.example.org',
      'ftp://mempool.example.org',
      'https://user:secret@mempool.example.org',
      'https://mempool.example.org/?network=testnet',
      'https://mempool.example.org/#fees',
    ])('refuses %j with a message and saves nothing', async (url) => {
      const { actions, save, requestHostPermission, testNetworkInstance } = fakeActions();
      await renderOptions(actions);
      await testInstance(url);
      expect(instanceStatus()).toContain('Enter an http:// or https:// address');
      expect(instanceStatus()).toContain('Nothing was saved.');
      expect(requestHostPermission).not.toHaveBeenCalled();
      expect(testNetworkInstance).not.toHaveBeenCalled();
      expect(save).not.toHaveBeenCalled();
    });

    const CUSTOM = [
      ['https://mempool.example.org', 'https://mempool.example.org', 'https://mempool.example.org'],
      [
        ' https://Mempool.Example.org/testnet4/ ',
        'https://mempool.example.org',
        'https://mempool.example.org/testnet4',
      ],
      ['http://node.local:8080/', 'http://node.local:8080', 'http://node.local:8080'],
      ['https://www.mempool.space', 'https://www.mempool.space', 'https://www.mempool.space'],
      ['http://mempool.space', 'http://mempool.space', 'http://mempool.space'],
    ] as const;

    it.each(CUSTOM)(
      'asks for %j’s host permission in the click itself, before anything is awaited',
      async (url, origin) => {
        const { actions, requestHostPermission, testNetworkInstance } = fakeActions();
        await renderOptions(actions);
        await act(async () =>
          fireEvent.change(screen.getByLabelText('Instance address'), { target: { value: url } }),
        );
        act(() => {
          fireEvent.click(screen.getByRole('button', { name: 'Test' }));
          // Still inside the click's task: no microtask has run yet.
          expect(requestHostPermission).toHaveBeenCalledTimes(1);
          expect(requestHostPermission).toHaveBeenCalledWith(origin);
          expect(testNetworkInstance).not.toHaveBeenCalled();
        });
        await act(async () => {});
      },
    );

    it.each(CUSTOM)(
      'when access to %j is refused, says so and saves nothing',
      async (url, origin) => {
        const requestHostPermission = vi.fn(async () => false);
        const { actions, save, testNetworkInstance } = fakeActions({ requestHostPermission });
        await renderOptions(actions);
        await testInstance(url);
        expect(requestHostPermission).toHaveBeenCalledWith(origin);
        expect(instanceStatus()).toContain(`Access to ${new URL(origin).host} was not granted`);
        expect(instanceStatus()).toContain('network data still comes from mempool.space');
        expect(testNetworkInstance).not.toHaveBeenCalled();
        expect(save).not.toHaveBeenCalled();
      },
    );

    it.each(CUSTOM)(
      'when access to %j is granted and the test passes, saves it',
      async (url, _origin, saved) => {
        const { actions, save, testNetworkInstance } = fakeActions();
        await renderOptions(actions);
        await testInstance(url);
        expect(testNetworkInstance).toHaveBeenCalledWith(saved);
        expect(save).toHaveBeenCalledTimes(1);
        expect(save).toHaveBeenCalledWith('networkInstance', saved);
        expect(instanceStatus()).toBe(
          `${new URL(saved).host} answered: network data will come from it.`,
        );
        expect((screen.getByLabelText('Instance address') as HTMLInputElement).value).toBe(saved);
      },
    );

    it.each([
      'mempool.example.org does not answer as a mempool instance (no JSON): check the instance URL in HashLens options.',
      'mempool.example.org could not be reached; check the connection.',
      'mempool.example.org does not serve /api/v1/difficulty-adjustment: mining data needs an instance that indexes blocks. Check the instance URL in HashLens options.',
    ])(
      'when access is granted but the test fails, shows the background’s words and saves nothing: %s',
      async (message) => {
        const testNetworkInstance = vi.fn(async () => ({ ok: false, message }) as const);
        const { actions, save, requestHostPermission } = fakeActions({ testNetworkInstance });
        await renderOptions(actions);
        await testInstance('https://mempool.example.org');
        expect(requestHostPermission).toHaveBeenCalledWith('https://mempool.example.org');
        expect(instanceStatus()).toBe(`${message} The address was not saved.`);
        expect(save).not.toHaveBeenCalled();
      },
    );

    it.each(['https://mempool.space', 'https://mempool.space/', 'https://MEMPOOL.space/testnet4'])(
      'never asks for mempool.space’s permission (%j): tests and saves at once',
      async (url) => {
        const { actions, save, requestHostPermission, testNetworkInstance } = fakeActions();
        await renderOptions(actions);
        await testInstance(url);
        const saved = url.toLowerCase().replace(/\/$/, '');
        expect(requestHostPermission).not.toHaveBeenCalled();
        expect(testNetworkInstance).toHaveBeenCalledWith(saved);
        expect(save).toHaveBeenCalledWith('networkInstance', saved);
        expect(instanceStatus()).toBe('mempool.space answered: network data will come from it.');
      },
    );

    it('tests when Enter is pressed in the address field (the form submits)', async () => {
      const { actions, save, requestHostPermission } = fakeActions();
      await renderOptions(actions);
      const input = screen.getByLabelText('Instance address');
      await act(async () =>
        fireEvent.change(input, { target: { value: 'https://mempool.example.org' } }),
      );
      await act(async () => fireEvent.submit(input.closest('form')!));
      expect(requestHostPermission).toHaveBeenCalledWith('https://mempool.example.org');
      expect(save).toHaveBeenCalledWith('networkInstance', 'https://mempool.example.org');
    });

    it('says that network data is off when a working instance is saved while it is off', async () => {
      const { actions } = fakeActions({}, { networkEnabled: false });
      await renderOptions(actions);
      await testInstance('https://mempool.example.org');
      expect(instanceStatus()).toContain('Network data is off; turn it on above to see it.');
    });

    it('"Use mempool.space" goes back to the public instance without asking anything', async () => {
      const { actions, save, requestHostPermission, testNetworkInstance } = fakeActions(
        {},
        { networkInstance: 'https://mempool.example.org' },
      );
      await renderOptions(actions);
      const input = screen.getByLabelText('Instance address') as HTMLInputElement;
      expect(input.value).toBe('https://mempool.example.org');
      await act(async () => fireEvent.change(input, { target: { value: 'https://half-typed' } }));
      await act(async () =>
        fireEvent.click(screen.getByRole('button', { name: 'Use mempool.space' })),
      );
      expect(save).toHaveBeenCalledWith('networkInstance', 'https://mempool.space');
      expect(requestHostPermission).not.toHaveBeenCalled();
      expect(testNetworkInstance).not.toHaveBeenCalled();
      expect(input.value).toBe('https://mempool.space');
      expect(instanceStatus()).toBe('Network data will come from mempool.space.');
    });

    it('a test still running when "Use mempool.space" is pressed does not save its address', async () => {
      let answer: (result: InstanceTestResult) => void = () => {};
      const testNetworkInstance = vi.fn(
        () => new Promise<InstanceTestResult>((resolve) => (answer = resolve)),
      );
      const { actions, save } = fakeActions({ testNetworkInstance });
      await renderOptions(actions);
      await testInstance('https://mempool.example.org');
      expect(instanceStatus()).toBe('Testing mempool.example.org…');
      await act(async () =>
        fireEvent.click(screen.getByRole('button', { name: 'Use mempool.space' })),
      );
      await act(async () => answer({ ok: true, source: 'mempool.example.org' }));
      expect(save.mock.calls).toEqual([['networkInstance', 'https://mempool.space']]);
      expect(instanceStatus()).toBe('Network data will come from mempool.space.');
    });

    it('reports a permission request that fails outright, and saves nothing', async () => {
      const requestHostPermission = vi.fn(() => Promise.reject(new Error('not allowed here')));
      const { actions, save } = fakeActions({ requestHostPermission });
      await renderOptions(actions);
      await testInstance('https://mempool.example.org');
      expect(instanceStatus()).toContain('could not ask for access to mempool.example.org');
      expect(instanceStatus()).toContain('not allowed here');
      expect(save).not.toHaveBeenCalled();
    });
  });

  it.each([
    ['https://mempool.example.org', 'https://mempool.example.org/*'],
    ['http://node.local:8080', 'http://node.local/*'],
    ['http://[::1]:3000', 'http://[::1]/*'],
    ['http://192.168.1.20:4080', 'http://192.168.1.20/*'],
  ])(
    'asks the browser for %s as the match pattern %s (no port: Firefox refuses one)',
    (origin, pattern) => {
      expect(hostPermissionPattern(origin)).toBe(pattern);
    },
  );
});
