import { useEffect, useId, useState, type FormEvent } from 'react';
import { describePriceError } from '@/utils/prices/errors';
import type { ApiPlan } from '@/utils/prices/errors';
import type { OptionsActions } from '@/entrypoints/options/actions';
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

/** The options page. Every change is saved at once and applies live in open tabs. */
export function OptionsApp({ actions }: { actions: OptionsActions }) {
  const [values, setValues] = useState<SettingsValues | null>(null);
  const [keyDraft, setKeyDraft] = useState<{ plan: ApiPlan; key: string } | null>(null);
  const [keyStatus, setKeyStatus] = useState<string>('');
  const [siteDraft, setSiteDraft] = useState('');
  const [siteError, setSiteError] = useState('');
  const [saved, setSaved] = useState('');
  const ids = {
    key: useId(),
    site: useId(),
    delay: useId(),
    currency: useId(),
    style: useId(),
    corner: useId(),
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

  async function save<K extends keyof SettingsValues>(name: K, value: SettingsValues[K]) {
    setValues((current) => (current ? { ...current, [name]: value } : current));
    await actions.save(name, value);
    setSaved('Saved.');
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

      <section aria-labelledby="display-heading">
        <h2 id="display-heading">Prices</h2>
        <label htmlFor={ids.currency}>Currency</label>
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
        </fieldset>
      </section>

      <section aria-labelledby="api-heading">
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
            onClick={() => void save('apiKey', { plan: keyDraft.plan, key: keyDraft.key.trim() })}
          >
            Save key
          </button>
        </div>
        <p role="status" className="options__status">
          {keyStatus}
        </p>
      </section>

      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">Terms on pages</h2>
        <label className="options__check">
          <input
            type="checkbox"
            checked={values.enabled}
            onChange={() => void save('enabled', !values.enabled)}
          />{' '}
          Explain terms on pages (HashLens on)
        </label>
        <label htmlFor={ids.style}>Mark style</label>
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
        <label className="options__check">
          <input
            type="checkbox"
            checked={values.firstOnly}
            onChange={() => void save('firstOnly', !values.firstOnly)}
          />{' '}
          Mark only the first occurrence of each term
        </label>
        <label htmlFor={ids.delay}>Hover delay (ms)</label>
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
      </section>

      <section aria-labelledby="badges-heading">
        <h2 id="badges-heading">Pinned prices on pages</h2>
        <label htmlFor={ids.corner}>Corner</label>
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
      </section>

      <section aria-labelledby="sites-heading">
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
      </section>

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">Reset</h2>
        <button
          type="button"
          onClick={() => {
            if (confirm('Put every option back to its default? Pins and your API key are kept.')) {
              void actions.reset().then(() => setSaved('Defaults restored.'));
            }
          }}
        >
          Reset to defaults
        </button>
      </section>
      <p role="status" className="options__status">
        {saved}
      </p>
    </main>
  );
}
