import type { Locale } from '../../common/i18n.js';
import type { PrivacyFact, PrivacyFacts } from '../../modules/privacy/privacy-facts.js';
import { Layout } from '../layout.js';
import { messages } from '../messages.js';
import { privacyMessages } from '../privacy-messages.js';
import { KeptNotice } from './petition.pages.js';

type Fact<K extends PrivacyFact['kind']> = Extract<PrivacyFact, { kind: K }>;
const of = <K extends PrivacyFact['kind']>(facts: PrivacyFact[], kind: K): Fact<K>[] =>
  facts.filter((f): f is Fact<K> => f.kind === kind);

const dateTime = (locale: Locale, d: Date) =>
  `${new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d)} UTC`;

/**
 * A campaign's privacy page (/c/:slug/privacy): every statement is one fact of PrivacyFacts, so the
 * page says what the settings in force do, in the page's language.
 */
export function PrivacyPage(p: { locale: Locale; model: PrivacyFacts }) {
  const t = privacyMessages(p.locale);
  const { campaign, facts } = p.model;
  const path = `/c/${campaign.slug}/privacy`;
  return (
    <Layout locale={p.locale} title={t.title} path={path} campaign={campaign}>
      <section class="card">
        <h1>{t.title}</h1>
        <p class="lead">{t.intro(campaign.name)}</p>
        <p class="muted">{t.generated(dateTime(p.locale, p.model.generatedAt))}</p>
      </section>
      <FormsSection locale={p.locale} facts={facts} />
      <StorageSection locale={p.locale} facts={facts} />
      <section class="card" aria-labelledby="privacy-roles">
        <h2 id="privacy-roles">{t.rolesTitle}</h2>
        <dl class="facts">
          {of(facts, 'role').map((f) => (
            <>
              <dt>{t.role[f.role]}</dt>
              <dd data-role={f.role}>{t.sees[f.sees]}</dd>
            </>
          ))}
        </dl>
        {of(facts, 'small-groups').map((f) => (
          <p data-fact="small-groups">{t.smallGroups(f.k)}</p>
        ))}
        {of(facts, 'audited').length > 0 ? <p data-fact="audited">{t.audited}</p> : null}
      </section>
      <RightsSection locale={p.locale} model={p.model} />
      <section class="card" aria-labelledby="privacy-contact">
        <h2 id="privacy-contact">{t.contactTitle}</h2>
        {of(facts, 'contact').map((f) =>
          f.email ? (
            <p data-fact="contact">
              {t.contact(campaign.name)} <a href={`mailto:${f.email}`}>{f.email}</a>
            </p>
          ) : (
            <p data-fact="contact">{t.noContact(campaign.name)}</p>
          ),
        )}
      </section>
    </Layout>
  );
}

function FormsSection(p: { locale: Locale; facts: PrivacyFact[] }) {
  const t = privacyMessages(p.locale);
  return (
    <section class="card" aria-labelledby="privacy-forms">
      <h2 id="privacy-forms">{t.formsTitle}</h2>
      {of(p.facts, 'form').map((f) => (
        <table class="fields" data-form={f.form}>
          <caption>
            <h3>{t.form[f.form]}</h3>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.fieldHead}</th>
              <th scope="col">{t.requiredHead}</th>
              <th scope="col">{t.keptHead}</th>
            </tr>
          </thead>
          <tbody>
            {f.fields.map((x) => (
              <tr data-field={x.name}>
                <th scope="row">{t.field(x.name)}</th>
                <td>{x.required ? t.yes : t.no}</td>
                <td>{t.keeping[x.keeping]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

function StorageSection(p: { locale: Locale; facts: PrivacyFact[] }) {
  const t = privacyMessages(p.locale);
  const list = (names: string[]) => names.map(t.field).join(p.locale === 'ar' ? '، ' : ', ');
  return (
    <>
      <section class="card" aria-labelledby="privacy-storage">
        <h2 id="privacy-storage">{t.storageTitle}</h2>
        <ul>
          {of(p.facts, 'encrypted').map((f) => (
            <li data-fact="encrypted">{t.encrypted(list(f.fields))}</li>
          ))}
          {of(p.facts, 'never-kept').map((f) => (
            <li data-fact={`never-kept:${f.what}`}>{t.neverKept[f.what]}</li>
          ))}
          {of(p.facts, 'ip-hash').map((f) =>
            f.where === 'consent-log' ? (
              <li data-fact="ip-hash:consent-log">{t.ipHashConsent(t.duration(f.kept))}</li>
            ) : (
              <li data-fact="ip-hash:signature">{t.ipHashSignature(t.duration(f.kept))}</li>
            ),
          )}
        </ul>
      </section>
      <section class="card" aria-labelledby="privacy-retention">
        <h2 id="privacy-retention">{t.retentionTitle}</h2>
        <ul>
          {of(p.facts, 'retention').map((f) => (
            <li data-fact={`retention:${f.what}`}>{t.retention[f.what](t.duration(f.kept))}</li>
          ))}
          {of(p.facts, 'shutdown').map((f) => (
            <li data-fact="shutdown">{t.shutdown(dateTime(p.locale, f.dueAt))}</li>
          ))}
        </ul>
      </section>
      {of(p.facts, 'verify-then-forget').map((f) => (
        <section class="card" data-fact={`verify-then-forget:${f.petition}`}>
          <h2>{t.forgetTitle(f.title)}</h2>
          <KeptNotice locale={p.locale} />
        </section>
      ))}
      {of(p.facts, 'employer-warning').map((f) => (
        <section class="card" aria-labelledby="privacy-warning" data-fact="employer-warning">
          <h2 id="privacy-warning">{t.warningTitle}</h2>
          <ul>
            <li data-configured={String(f.configured)}>
              {f.configured ? t.employerWarning.configured : t.employerWarning.none}
            </li>
            {f.configured ? <li>{t.employerWarning.unrecorded}</li> : null}
            {f.configured ? <li>{t.employerWarning.safeMail}</li> : null}
          </ul>
        </section>
      ))}
    </>
  );
}

function RightsSection(p: { locale: Locale; model: PrivacyFacts }) {
  const t = privacyMessages(p.locale);
  const m = messages(p.locale);
  const rights = of(p.model.facts, 'right').map((f) => f.right);
  return (
    <section class="card" aria-labelledby="privacy-rights">
      <h2 id="privacy-rights">{t.rightsTitle}</h2>
      <ul>
        {rights.includes('export') ? <li>{t.rightExport}</li> : null}
        {rights.includes('erase') ? <li>{t.rightErase}</li> : null}
        {rights.includes('unsubscribe') ? <li>{t.rightUnsubscribe}</li> : null}
      </ul>
      <form method="post" action={`${p.model.requestPath}?locale=${p.locale}`} class="privacy-request">
        <p>{t.requestIntro}</p>
        <div class="field">
          <label for="privacy-email">{t.email}</label>
          <input id="privacy-email" name="email" type="email" required autocomplete="email" maxLength={254} />
        </div>
        <button type="submit" name="kind" value="export">
          {t.requestExport}
        </button>{' '}
        <button type="submit" name="kind" value="erasure" class="danger">
          {t.requestErase}
        </button>
      </form>
      <p class="muted">{m.privacy}</p>
    </section>
  );
}
