import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { Notice, PostButton } from '../components.js';
import { Layout } from '../layout.js';
import { messages } from '../messages.js';

/**
 * The small pages behind the links in emails: confirm, unsubscribe, preferences, export, erase.
 * Opening one changes nothing; every change is a POST behind a button (mail scanners follow links).
 */

interface Base {
  locale: Locale;
  path: string;
  campaign?: { name: string; slug: string } | null;
}

function Small(p: Base & { title: string; children?: preact.ComponentChildren }) {
  return (
    <Layout locale={p.locale} title={p.title} path={p.path} campaign={p.campaign ?? undefined} noindex>
      <Notice title={p.title}>{p.children}</Notice>
    </Layout>
  );
}

export function SignupThanksPage(p: Base) {
  const m = messages(p.locale);
  return (
    <Small {...p} title={m.signupThanksTitle}>
      <p>{m.signupThanks}</p>
    </Small>
  );
}

export function ConfirmPage(p: Base & { done: boolean; continueUrl?: string | null }) {
  const m = messages(p.locale);
  const name = p.campaign?.name ?? '';
  if (p.done)
    return (
      <Small {...p} title={m.confirmedTitle}>
        <p>{m.confirmed(name)}</p>
        {p.campaign ? (
          <p>
            <a href={`/c/${p.campaign.slug}?locale=${p.locale}`}>{p.campaign.name}</a>
          </p>
        ) : null}
      </Small>
    );
  return (
    <Small {...p} title={m.confirmTitle}>
      <p>{m.confirmPrompt(name)}</p>
      <PostButton label={m.confirmButton} />
    </Small>
  );
}

export function UnsubscribePage(p: Base & { done: boolean; preferencesUrl?: string }) {
  const m = messages(p.locale);
  const name = p.campaign?.name ?? '';
  if (p.done)
    return (
      <Small {...p} title={m.unsubscribedTitle}>
        <p>{m.unsubscribed(name)}</p>
        {p.preferencesUrl ? (
          <p>
            <a href={p.preferencesUrl}>{m.preferencesLink}</a>
          </p>
        ) : null}
      </Small>
    );
  return (
    <Small {...p} title={m.unsubscribeTitle}>
      <p>{m.unsubscribePrompt(name)}</p>
      <PostButton label={m.unsubscribeButton} fields={{ 'List-Unsubscribe': 'One-Click' }} />
    </Small>
  );
}

export interface PreferencesModel {
  email: string | null;
  locale: Locale;
  purposes: { updates: boolean; digests: boolean };
  digestFrequency: 'never' | 'daily' | 'weekly';
  digestHour: number | null;
  timeZone: string | null;
  campaign: { name: string; slug?: string };
}

const ZONES = Intl.supportedValuesOf('timeZone');

export function PreferencesPage(p: { model: PreferencesModel; token: string; saved?: boolean; path: string }) {
  const { model } = p;
  const m = messages(model.locale);
  const q = `?token=${encodeURIComponent(p.token)}`;
  return (
    <Layout locale={model.locale} title={m.prefsTitle} path={p.path} noindex>
      <Notice title={m.prefsTitle}>
        {p.saved ? (
          <p role="status">
            <strong>{m.saved}</strong>
          </p>
        ) : null}
        <p>{m.prefsIntro(model.campaign.name, model.email ?? '')}</p>
        <form method="post" action={q}>
          <input type="hidden" name="fullForm" value="true" />
          <div class="check">
            <input id="p-updates" type="checkbox" name="updates" value="true" checked={model.purposes.updates} />
            <label for="p-updates">{m.updates}</label>
          </div>
          <div class="check">
            <input id="p-digests" type="checkbox" name="digests" value="true" checked={model.purposes.digests} />
            <label for="p-digests">{m.digests}</label>
          </div>
          <div class="field">
            <label for="p-freq">{m.frequency}</label>
            <select id="p-freq" name="digestFrequency">
              {(['never', 'daily', 'weekly'] as const).map((f) => (
                <option value={f} selected={model.digestFrequency === f}>
                  {m.freq[f]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="p-hour">{m.hour}</label>
            <select id="p-hour" name="digestHour">
              <option value="">{m.noHour}</option>
              {Array.from({ length: 24 }, (_, h) => (
                <option value={String(h)} selected={model.digestHour === h}>
                  {`${String(h).padStart(2, '0')}:00`}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="p-zone">{m.timeZone}</label>
            <select id="p-zone" name="timeZone">
              <option value="">{m.campaignZone}</option>
              {ZONES.map((z) => (
                <option value={z} selected={model.timeZone === z}>
                  {z}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="p-locale">{m.language}</label>
            <select id="p-locale" name="locale">
              {SUPPORTED_LOCALES.map((l) => (
                <option value={l} selected={model.locale === l}>
                  {messages(l).langName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{m.save}</button>
        </form>
        <PostButton label={m.unsubscribeAll} action={q} fields={{ unsubscribeAll: 'true' }} danger />
        <fieldset>
          <legend>{m.yourData}</legend>
          <PostButton
            label={m.requestExport}
            action={`/public/preferences/privacy-requests${q}`}
            fields={{ kind: 'export' }}
          />
          <PostButton
            label={m.requestErasure}
            action={`/public/preferences/privacy-requests${q}`}
            fields={{ kind: 'erasure' }}
            danger
          />
        </fieldset>
      </Notice>
    </Layout>
  );
}

export function RequestSentPage(p: Base) {
  const m = messages(p.locale);
  return (
    <Small {...p} title={m.requestSentTitle}>
      <p>{m.requestSent}</p>
    </Small>
  );
}

export function ExportPage(p: Base) {
  const m = messages(p.locale);
  return (
    <Small {...p} title={m.exportTitle}>
      <p>{m.exportPrompt(p.campaign?.name ?? '')}</p>
      <PostButton label={m.exportButton} />
    </Small>
  );
}

export function ErasePage(p: Base & { done: boolean }) {
  const m = messages(p.locale);
  if (p.done)
    return (
      <Small {...p} title={m.erasedTitle}>
        <p>{m.erased}</p>
      </Small>
    );
  return (
    <Small {...p} title={m.eraseTitle}>
      <p>{m.erasePrompt(p.campaign?.name ?? '')}</p>
      <PostButton label={m.eraseButton} fields={{ confirm: 'true' }} danger />
    </Small>
  );
}
