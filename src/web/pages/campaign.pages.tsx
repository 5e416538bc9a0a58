import type { Locale } from '../../common/i18n.js';
import { type AttributionModel, Checkbox, type FormState, Notice, SupporterForm } from '../components.js';
import { type ShareMeta, Layout } from '../layout.js';
import { formatNumber, messages } from '../messages.js';
import { eventPath } from './event.pages.js';
import { petitionPath } from './petition.pages.js';

export interface CampaignModel {
  slug: string;
  name: string;
  summary: string;
}

export interface StatementItem {
  slug: string;
  title: string;
  summary: string | null;
  html?: string;
  publishedAt: Date;
}

export interface MilestoneItem {
  id: string;
  title: string;
  occurredOn: string;
  descriptionHtml: string | null;
  sourceLinks: { url: string; title?: string | null; publisher?: string | null }[];
}

export interface HomeModel {
  campaign: CampaignModel;
  petitions: {
    slug: string;
    title: string;
    target: string;
    confirmedCount: number;
    nextThreshold: number | null;
    goal: number | null;
  }[];
  events: { slug: string; title: string; localStartText: string }[];
  statements: StatementItem[];
  milestones: MilestoneItem[];
}

const day = (locale: Locale, d: Date) =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d);

export function SignupForm(p: {
  locale: Locale;
  campaignSlug: string;
  state: FormState;
  attribution?: AttributionModel;
  embed?: boolean;
}) {
  const m = messages(p.locale);
  return (
    <SupporterForm
      form="signup"
      locale={p.locale}
      title={m.signupTitle}
      button={m.signupButton}
      action={`/public/campaigns/${p.campaignSlug}/supporters${p.embed ? '?embed=1' : ''}`}
      state={p.state}
      attribution={p.attribution}
      campaignSlug={p.campaignSlug}
      embed={p.embed}
      signal
    >
      <Checkbox form="signup" name="consentUpdates" label={m.consentUpdates} state={p.state} checked />
      <Checkbox form="signup" name="consentDigests" label={m.consentDigests} state={p.state} />
    </SupporterForm>
  );
}

export function Timeline(p: { locale: Locale; items: MilestoneItem[] }) {
  const m = messages(p.locale);
  if (!p.items.length) return <p class="muted">{m.noMilestones}</p>;
  return (
    <ol class="timeline">
      {p.items.map((x) => (
        <li>
          <time dateTime={x.occurredOn}>{day(p.locale, new Date(`${x.occurredOn}T00:00:00Z`))}</time>
          <h3>{x.title}</h3>
          {x.descriptionHtml ? <div class="prose" dangerouslySetInnerHTML={{ __html: x.descriptionHtml }} /> : null}
          {x.sourceLinks.length ? (
            <ul class="sources" aria-label={m.sources}>
              {x.sourceLinks.map((s) => (
                <li>
                  <a href={s.url} rel="nofollow noopener noreferrer">
                    {s.title ?? s.publisher ?? s.url}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function CampaignHomePage(p: {
  locale: Locale;
  model: HomeModel;
  state: FormState;
  share: ShareMeta;
  attribution?: AttributionModel;
}) {
  const m = messages(p.locale);
  const c = p.model.campaign;
  const q = `?locale=${p.locale}`;
  return (
    <Layout locale={p.locale} title={c.name} path={`/c/${c.slug}`} campaign={c} share={p.share}>
      <section class="hero">
        <h1>{c.name}</h1>
        {c.summary ? <p class="lead">{c.summary}</p> : null}
      </section>
      <div class="columns">
        <div>
          <section class="card" aria-labelledby="petitions-title">
            <h2 id="petitions-title">{m.petitions}</h2>
            {p.model.petitions.length ? (
              <ul class="items">
                {p.model.petitions.map((x) => {
                  const target = x.nextThreshold ?? x.goal;
                  return (
                    <li>
                      <a href={`${petitionPath(c.slug, x.slug)}${q}`}>{x.title}</a>
                      <p class="muted">
                        {m.to}: {x.target}
                      </p>
                      <p>
                        <strong>{formatNumber(p.locale, x.confirmedCount)}</strong> {m.signaturesWord}
                        {target ? (
                          <>
                            {' · '}
                            {m.nextGoal(formatNumber(p.locale, target))}
                          </>
                        ) : null}
                      </p>
                      {target ? (
                        <progress
                          max={target}
                          value={Math.min(x.confirmedCount, target)}
                          aria-label={`${m.progressLabel}: ${x.title}`}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p class="muted">{m.noPetitions}</p>
            )}
          </section>
          <section class="card" aria-labelledby="events-title">
            <h2 id="events-title">{m.events}</h2>
            {p.model.events.length ? (
              <ul class="items">
                {p.model.events.map((e) => (
                  <li>
                    <a href={`${eventPath(c.slug, e.slug)}${q}`}>{e.title}</a>
                    <p class="muted">{e.localStartText}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{m.noEvents}</p>
            )}
          </section>
          <section class="card" aria-labelledby="statements-title">
            <h2 id="statements-title">{m.statements}</h2>
            <StatementList locale={p.locale} campaignSlug={c.slug} items={p.model.statements} />
            <p>
              <a href={`/c/${c.slug}/statements${q}`}>{m.allStatements}</a>
            </p>
          </section>
          <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{m.timeline}</h2>
            <Timeline locale={p.locale} items={p.model.milestones} />
            <p>
              <a href={`/c/${c.slug}/timeline${q}`}>{m.fullTimeline}</a>
            </p>
          </section>
        </div>
        <SignupForm locale={p.locale} campaignSlug={c.slug} state={p.state} attribution={p.attribution} />
      </div>
    </Layout>
  );
}

export function StatementList(p: { locale: Locale; campaignSlug: string; items: StatementItem[] }) {
  const m = messages(p.locale);
  if (!p.items.length) return <p class="muted">{m.noStatements}</p>;
  return (
    <ul class="items">
      {p.items.map((s) => (
        <li>
          <a href={`/c/${p.campaignSlug}/statements/${s.slug}?locale=${p.locale}`}>{s.title}</a>
          <p class="muted">
            <time dateTime={s.publishedAt.toISOString()}>{day(p.locale, s.publishedAt)}</time>
          </p>
          {s.summary ? <p>{s.summary}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function StatementsPage(p: { locale: Locale; campaign: CampaignModel; items: StatementItem[] }) {
  const m = messages(p.locale);
  return (
    <Layout locale={p.locale} title={m.statements} path={`/c/${p.campaign.slug}/statements`} campaign={p.campaign}>
      <Notice title={m.statements}>
        <StatementList locale={p.locale} campaignSlug={p.campaign.slug} items={p.items} />
      </Notice>
    </Layout>
  );
}

export function StatementPage(p: {
  locale: Locale;
  campaign: CampaignModel;
  statement: StatementItem;
  share: ShareMeta;
}) {
  const m = messages(p.locale);
  const s = p.statement;
  return (
    <Layout
      locale={p.locale}
      title={s.title}
      path={`/c/${p.campaign.slug}/statements/${s.slug}`}
      campaign={p.campaign}
      share={p.share}
    >
      <article class="card">
        <h1>{s.title}</h1>
        <p class="muted">
          {m.published}: <time dateTime={s.publishedAt.toISOString()}>{day(p.locale, s.publishedAt)}</time>
        </p>
        <div class="prose" dangerouslySetInnerHTML={{ __html: s.html ?? '' }} />
      </article>
    </Layout>
  );
}

export function TimelinePage(p: { locale: Locale; campaign: CampaignModel; items: MilestoneItem[] }) {
  const m = messages(p.locale);
  return (
    <Layout locale={p.locale} title={m.timeline} path={`/c/${p.campaign.slug}/timeline`} campaign={p.campaign}>
      <Notice title={m.timeline}>
        <Timeline locale={p.locale} items={p.items} />
      </Notice>
    </Layout>
  );
}
