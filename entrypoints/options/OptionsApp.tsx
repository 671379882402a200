import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_BASE_URL, normalizeBaseUrl, sourceHost } from '@/utils/network/mempool-client';
import { describePriceError } from '@/utils/prices/errors';
import type { ApiPlan } from '@/utils/prices/errors';
import type { InstanceTestResult, OptionsActions } from '@/entrypoints/options/actions';
import { CURRENCIES, type SettingsValues } from '@/utils/settings/registry';
import { normaliseSite } from '@/utils/settings/sites';
import { COIN_CATALOG, coinLabel } from '@/utils/terms/coin-catalog';

const CURRENCY_NAMES: Record<string, string> = {
  usd: 'US dollar (USD)',
  eur: 'Euro (EUR)',
  gbp: 'Pound sterling (GBP)',
  jpy: 'Japanese yen (JPY)',
  cad: 'Canadian dollar (CAD)',
  aud: 'Australian dollar (AUD)',
  chf: 'Swiss franc (CHF)',
  btc: 'Bitcoin (BTC)',
};

const PLANS: { value: ApiPlan; label: string; hint: string }[] = [
  { value: 'public', label: 'Public (no key)', hint: 'api.coingecko.com, a few calls a minute' },
  { value: 'demo', label: 'Demo key', hint: 'api.coingecko.com with x-cg-demo-api-key' },
  { value: 'pro', label: 'Pro key', hint: 'pro-api.coingecko.com with x-cg-pro-api-key' },
];

/** Which occurrences of a term are underlined; every one still opens its tooltip. */
const UNDERLINE_CHOICES: { value: SettingsValues['underline']; label: string }[] = [
  { value: 'every', label: 'Underline every occurrence' },
  { value: 'section', label: 'Underline first in each section' },
  { value: 'none', label: 'Underline nothing (hover only)' },
];

/** The public instance's origin: held at install, so never asked for. */
const DEFAULT_ORIGIN = new URL(DEFAULT_BASE_URL).origin;

/** Where a confirmation shows: beside the controls that changed, not at the page's foot. */
type NoteAt = 'prices' | 'marks' | 'badges' | 'sites' | 'network' | 'reset';

/**
 * The section each setting's "Saved." appears in when the setting has no confirmation of its
 * own beside its control ({@link INLINE_NOTES}). Settings missing here (the API key, the
 * network instance) report in their own status line.
 */
const NOTE_AT: Partial<Record<keyof SettingsValues, NoteAt>> = {
  currency: 'prices',
  trackedCoins: 'prices',
  enabled: 'marks',
  highlightStyle: 'marks',
  underline: 'marks',
  hoverDelayMs: 'marks',
  badgePlacement: 'badges',
  badgesHiddenSites: 'badges',
  disabledSites: 'sites',
  networkEnabled: 'network',
};

/** Settings confirmed beside their own control, not at their section's foot. */
const INLINE_NOTES: ReadonlySet<keyof SettingsValues> = new Set<keyof SettingsValues>([
  'currency',
  'trackedCoins',
  'enabled',
  'highlightStyle',
  'underline',
  'hoverDelayMs',
  'badgePlacement',
  'badgesHiddenSites',
]);

/** The page's sections, for the index. */
const SECTIONS = [
  { id: 'prices', title: 'Prices' },
  { id: 'api', title: 'CoinGecko API' },
  { id: 'network', title: 'Network data' },
  { id: 'marks', title: 'Terms on pages' },
  { id: 'badges', title: 'Pinned prices on pages' },
  { id: 'sites', title: 'Sites where HashLens is off' },
  { id: 'reset', title: 'Reset' },
] as const;

type Status = { text: string; error: boolean };
type SaveResult = { ok: true } | { ok: false; message: string };

/** A polite status line; red when it reports a failure. */
function StatusLine({ status }: { status: Status | null }) {
  return (
    <p
      role="status"
      className={status?.error ? 'options__status options__error' : 'options__status'}
    >
      {status?.text ?? ''}
    </p>
  );
}

/** "Saved." (or why not) beside one control; an empty live region until then. */
function SavedNote({ status }: { status: Status | null }) {
  return (
    <span
      role="status"
      className={status?.error ? 'options__saved options__error' : 'options__saved'}
    >
      {status?.text ?? ''}
    </span>
  );
}

/** The options page. Every change is saved at once and applies live in open tabs. */
export function OptionsApp({ actions }: { actions: OptionsActions }) {
  const [values, setValues] = useState<SettingsValues | null>(null);
  const [keyDraft, setKeyDraft] = useState<{ plan: ApiPlan; key: string } | null>(null);
  const [keyStatus, setKeyStatus] = useState<string>('');
  const [siteDraft, setSiteDraft] = useState('');
  const [siteError, setSiteError] = useState('');
  const [note, setNote] = useState<{
    at: NoteAt;
    name?: keyof SettingsValues;
    status: Status;
  } | null>(null);
  /** The instance address being typed; null shows the saved one. */
  const [instanceDraft, setInstanceDraft] = useState<string | null>(null);
  const [instanceStatus, setInstanceStatus] = useState<Status | null>(null);
  /** Bumped by every instance test or reset, so a late answer cannot overwrite a newer choice. */
  const instanceRun = useRef(0);
  const ids = {
    key: useId(),
    site: useId(),
    delay: useId(),
    currency: useId(),
    style: useId(),
    corner: useId(),
    instance: useId(),
    instanceHint: useId(),
  };

  useEffect(() => {
    let active = true;
    const load = () =>
      actions.load().then((loaded) => {
        if (!active) return;
        setValues(loaded);
        setKeyDraft((draft) => draft ?? { plan: loaded.apiKey.plan, key: loaded.apiKey.key });
      });
    void load();
    // Changes made elsewhere (popup, another options tab) show up here live.
    const stopWatching = actions.onChanged(() => void load());
    return () => {
      active = false;
      stopWatching();
    };
  }, [actions]);

  if (!values || !keyDraft) return <main className="options" aria-busy="true" />;

  /** The section's note, unless it is shown beside its control. */
  const noteFor = (at: NoteAt) =>
    note?.at === at && !(note.name && INLINE_NOTES.has(note.name)) ? note.status : null;
  /** The note of one setting shown beside its control. */
  const savedFor = (name: keyof SettingsValues) => (note?.name === name ? note.status : null);

  /** Saves one setting; says so beside its section (`NOTE_AT`) unless the caller reports. */
  async function save<K extends keyof SettingsValues>(
    name: K,
    value: SettingsValues[K],
  ): Promise<SaveResult> {
    const at = NOTE_AT[name];
    setValues((current) => (current ? { ...current, [name]: value } : current));
    try {
      await actions.save(name, value);
    } catch (error) {
      const message = `Not saved: ${String(error)}`;
      if (at) setNote({ at, name, status: { text: message, error: true } });
      // Show what is really stored again.
      void actions.load().then(setValues, () => {});
      return { ok: false, message };
    }
    if (at) setNote({ at, name, status: { text: 'Saved.', error: false } });
    return { ok: true };
  }

  async function testKey() {
    if (!keyDraft) return;
    setKeyStatus('Testing…');
    try {
      const result = await actions.testKey(keyDraft.plan, keyDraft.key);
      setKeyStatus(
        result.ok
          ? `The key works on the ${keyDraft.plan} plan.`
          : describePriceError(result.error),
      );
    } catch (error) {
      setKeyStatus(`The test could not run: ${String(error)}`);
    }
  }

  /**
   * Test (and Enter in the address field): checks the address, asks for its host permission
   * when it is not mempool.space, has the background try it, and saves it only if it answers.
   */
  function testInstance(event: FormEvent) {
    event.preventDefault();
    const run = ++instanceRun.current;
    const typed = instanceDraft ?? values!.networkInstance;
    const base = normalizeBaseUrl(typed);
    if (base === null) {
      setInstanceStatus({
        text:
          'Enter an http:// or https:// address without a user name, query or #fragment, ' +
          'such as https://mempool.space or https://mempool.example.org/testnet4. Nothing was saved.',
        error: true,
      });
      return;
    }
    const origin = new URL(base).origin;
    const host = sourceHost(base);
    const custom = origin !== DEFAULT_ORIGIN;
    // Asked here, before any await, while the click's user gesture still counts.
    let granted: Promise<boolean>;
    try {
      granted = custom ? actions.requestHostPermission(origin) : Promise.resolve(true);
    } catch (error) {
      granted = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    setInstanceStatus({
      text: custom ? `Asking your browser for access to ${host}…` : `Testing ${host}…`,
      error: false,
    });
    void finishInstanceTest(run, typed, base, host, granted, values!);
  }

  async function finishInstanceTest(
    run: number,
    typed: string,
    base: string,
    host: string,
    granted: Promise<boolean>,
    before: SettingsValues,
  ) {
    const stale = () => run !== instanceRun.current;
    const fail = (text: string) => {
      if (!stale()) setInstanceStatus({ text, error: true });
    };
    let allowed: boolean;
    try {
      allowed = await granted;
    } catch (error) {
      fail(
        `Your browser could not ask for access to ${host} (${String(error)}). Nothing was saved.`,
      );
      return;
    }
    if (stale()) return;
    if (!allowed) {
      fail(
        `Access to ${host} was not granted, so HashLens cannot read it. Nothing was saved; ` +
          `network data still comes from ${sourceHost(before.networkInstance)}.`,
      );
      return;
    }
    setInstanceStatus({ text: `Testing ${host}…`, error: false });
    let result: InstanceTestResult;
    try {
      result = await actions.testNetworkInstance(base);
    } catch (error) {
      result = { ok: false, message: `The test could not run: ${String(error)}.` };
    }
    if (stale()) return;
    if (!result.ok) {
      fail(`${result.message} The address was not saved.`);
      return;
    }
    const saved = await save('networkInstance', base);
    if (!saved.ok) {
      fail(`${result.source} answered, but the address could not be saved. ${saved.message}`);
      return;
    }
    if (stale()) return;
    setInstanceDraft((draft) => (draft === typed ? null : draft));
    setInstanceStatus({
      text:
        `${result.source} answered: network data will come from it.` +
        (before.networkEnabled ? '' : ' Network data is off; turn it on above to see it.'),
      error: false,
    });
  }

  function chooseDefaultInstance() {
    const run = ++instanceRun.current;
    setInstanceDraft(null);
    void save('networkInstance', DEFAULT_BASE_URL).then((result) => {
      if (run !== instanceRun.current) return;
      setInstanceStatus(
        result.ok
          ? { text: 'Network data will come from mempool.space.', error: false }
          : { text: result.message, error: true },
      );
    });
  }

  function addSite(event: FormEvent) {
    event.preventDefault();
    const site = normaliseSite(siteDraft);
    if (!site) {
      setSiteError('Type a host name such as news.example.com.');
      return;
    }
    setSiteError('');
    setSiteDraft('');
    if (!values!.disabledSites.includes(site)) {
      void save('disabledSites', [...values!.disabledSites, site].sort());
    }
  }

  return (
    <main className="options">
      <h1>HashLens options</h1>
      <nav className="options__index" aria-label="Sections">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="prices" aria-labelledby="display-heading">
        <h2 id="display-heading">Prices</h2>
        <label htmlFor={ids.currency}>Currency</label>
        <div className="options__control">
          <select
            id={ids.currency}
            value={values.currency}
            onChange={(event) => void save('currency', event.target.value)}
          >
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {CURRENCY_NAMES[code]}
              </option>
            ))}
          </select>
          <SavedNote status={savedFor('currency')} />
        </div>

        <fieldset>
          <legend>Coins in the popup</legend>
          <div className="options__coins">
            {COIN_CATALOG.map((coin) => {
              const checked = values.trackedCoins.includes(coin.id);
              return (
                <label key={coin.id}>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      void save(
                        'trackedCoins',
                        checked
                          ? values.trackedCoins.filter((id) => id !== coin.id)
                          : [...values.trackedCoins, coin.id],
                      )
                    }
                  />{' '}
                  {coinLabel(coin)}
                </label>
              );
            })}
          </div>
          <SavedNote status={savedFor('trackedCoins')} />
        </fieldset>
        <StatusLine status={noteFor('prices')} />
      </section>

      <section id="api" aria-labelledby="api-heading">
        <h2 id="api-heading">CoinGecko API</h2>
        <fieldset>
          <legend>Plan</legend>
          {PLANS.map((plan) => (
            <label key={plan.value} className="options__radio">
              <input
                type="radio"
                name="plan"
                value={plan.value}
                checked={keyDraft.plan === plan.value}
                onChange={() => setKeyDraft({ ...keyDraft, plan: plan.value })}
              />{' '}
              {plan.label} <span className="options__hint">— {plan.hint}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor={ids.key}>API key</label>
        <input
          id={ids.key}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={keyDraft.key}
          disabled={keyDraft.plan === 'public'}
          onChange={(event) => setKeyDraft({ ...keyDraft, key: event.target.value })}
        />
        <p className="options__hint">Kept on this device only; sent only to CoinGecko.</p>
        <div className="options__row">
          <button type="button" onClick={() => void testKey()}>
            Test key
          </button>
          <button
            type="button"
            onClick={() =>
              void save('apiKey', { plan: keyDraft.plan, key: keyDraft.key.trim() }).then(
                (result) => setKeyStatus(result.ok ? 'Key saved.' : result.message),
              )
            }
          >
            Save key
          </button>
        </div>
        <p role="status" className="options__status">
          {keyStatus}
        </p>
      </section>

      <section id="network" aria-labelledby="network-heading">
        <h2 id="network-heading">Network data</h2>
        <label className="options__check">
          <input
            type="checkbox"
            checked={values.networkEnabled}
            onChange={() => void save('networkEnabled', !values.networkEnabled)}
          />{' '}
          Show live Bitcoin network data (mempool.space)
        </label>
        <p className="options__hint">
          Hash rate, difficulty, halving, fees and hashprice in tooltips on mining terms and in the
          popup. Only fixed mempool endpoints are asked; nothing from the pages you read is sent.
        </p>
        <StatusLine status={noteFor('network')} />
        <form onSubmit={testInstance} noValidate>
          <label htmlFor={ids.instance}>Instance address</label>
          <input
            id={ids.instance}
            className="options__wide"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.instanceHint}
            value={instanceDraft ?? values.networkInstance}
            onChange={(event) => setInstanceDraft(event.target.value)}
          />
          <p id={ids.instanceHint} className="options__hint">
            mempool.space or your own instance, such as https://mempool.example.org. Test tries it
            and, when it answers, uses it; for another site your browser first asks you to allow
            HashLens to read it.
          </p>
          <div className="options__row">
            <button type="submit">Test</button>
            <button type="button" onClick={chooseDefaultInstance}>
              Use mempool.space
            </button>
          </div>
          <StatusLine status={instanceStatus} />
        </form>
      </section>

      <section id="marks" aria-labelledby="marks-heading">
        <h2 id="marks-heading">Terms on pages</h2>
        <div className="options__control">
          <label className="options__check">
            <input
              type="checkbox"
              checked={values.enabled}
              onChange={() => void save('enabled', !values.enabled)}
            />{' '}
            Explain terms on pages (HashLens on)
          </label>
          <SavedNote status={savedFor('enabled')} />
        </div>
        <label htmlFor={ids.style}>Mark style</label>
        <div className="options__control">
          <select
            id={ids.style}
            value={values.highlightStyle}
            onChange={(event) =>
              void save('highlightStyle', event.target.value as SettingsValues['highlightStyle'])
            }
          >
            <option value="dotted">Dotted underline</option>
            <option value="solid">Solid underline</option>
            <option value="none">No mark (hover still works)</option>
          </select>
          <SavedNote status={savedFor('highlightStyle')} />
        </div>
        <div className="options__control">
          <fieldset>
            <legend>Underline</legend>
            {UNDERLINE_CHOICES.map((choice) => (
              <label key={choice.value} className="options__radio">
                <input
                  type="radio"
                  name="underline"
                  value={choice.value}
                  checked={values.underline === choice.value}
                  onChange={() => void save('underline', choice.value)}
                />{' '}
                {choice.label}
              </label>
            ))}
            <SavedNote status={savedFor('underline')} />
          </fieldset>
        </div>
        <label htmlFor={ids.delay}>Hover delay (ms)</label>
        <div className="options__control">
          <input
            id={ids.delay}
            type="number"
            min={0}
            max={2000}
            step={50}
            value={values.hoverDelayMs}
            onChange={(event) => {
              const delay = Number(event.target.value);
              if (Number.isFinite(delay)) {
                void save('hoverDelayMs', Math.min(2000, Math.max(0, Math.round(delay))));
              }
            }}
          />
          <SavedNote status={savedFor('hoverDelayMs')} />
        </div>
        <StatusLine status={noteFor('marks')} />
      </section>

      <section id="badges" aria-labelledby="badges-heading">
        <h2 id="badges-heading">Pinned prices on pages</h2>
        <label htmlFor={ids.corner}>Corner</label>
        <div className="options__control">
          <select
            id={ids.corner}
            value={values.badgePlacement.corner}
            onChange={(event) =>
              void save('badgePlacement', {
                corner: event.target.value as SettingsValues['badgePlacement']['corner'],
                offsetX: 16,
                offsetY: 16,
              })
            }
          >
            <option value="bottom-right">Bottom right</option>
            <option value="bottom-left">Bottom left</option>
            <option value="top-right">Top right</option>
            <option value="top-left">Top left</option>
          </select>
          <SavedNote status={savedFor('badgePlacement')} />
        </div>
        <p className="options__hint">
          Drag the strip by its handle to fine-tune; choosing a corner resets the position.
        </p>
        {values.badgesHiddenSites.length > 0 && (
          <>
            <p>Hidden on:</p>
            <ul className="options__sites">
              {values.badgesHiddenSites.map((site) => (
                <li key={site}>
                  {site}{' '}
                  <button
                    type="button"
                    aria-label={`Show pinned prices again on ${site}`}
                    onClick={() =>
                      void save(
                        'badgesHiddenSites',
                        values.badgesHiddenSites.filter((s) => s !== site),
                      )
                    }
                  >
                    Show again
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <SavedNote status={savedFor('badgesHiddenSites')} />
        <StatusLine status={noteFor('badges')} />
      </section>

      <section id="sites" aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites where HashLens is off</h2>
        {values.disabledSites.length === 0 ? (
          <p className="options__hint">None.</p>
        ) : (
          <ul className="options__sites">
            {values.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  aria-label={`Turn HashLens back on for ${site}`}
                  onClick={() =>
                    void save(
                      'disabledSites',
                      values.disabledSites.filter((s) => s !== site),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={addSite} className="options__row">
          <label htmlFor={ids.site}>Add a site</label>
          <input
            id={ids.site}
            value={siteDraft}
            placeholder="news.example.com"
            onChange={(event) => setSiteDraft(event.target.value)}
          />
          <button type="submit">Add</button>
        </form>
        {siteError && (
          <p role="alert" className="options__error">
            {siteError}
          </p>
        )}
        <StatusLine status={noteFor('sites')} />
      </section>

      <section id="reset" aria-labelledby="reset-heading">
        <h2 id="reset-heading">Reset</h2>
        <button
          type="button"
          onClick={() => {
            if (confirm('Put every option back to its default? Pins and your API key are kept.')) {
              instanceRun.current++;
              setInstanceDraft(null);
              void actions.reset().then(
                () =>
                  setNote({ at: 'reset', status: { text: 'Defaults restored.', error: false } }),
                (error: unknown) =>
                  setNote({
                    at: 'reset',
                    status: { text: `Not reset: ${String(error)}`, error: true },
                  }),
              );
            }
          }}
        >
          Reset to defaults
        </button>
        <StatusLine status={noteFor('reset')} />
      </section>
    </main>
  );
}
