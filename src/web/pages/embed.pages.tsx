import type { Locale } from '../../common/i18n.js';
import type { FormState } from '../components.js';
import { Notice } from '../components.js';
import { Layout } from '../layout.js';
import { messages } from '../messages.js';
import { SignupForm } from './campaign.pages.js';
import { Availability, type EventModel, eventPath, RsvpForm } from './event.pages.js';
import { type PetitionModel, petitionPath, Progress, SignForm } from './petition.pages.js';

/**
 * The forms a campaign embeds in its own site (in an iframe): the form and just enough around it
 * to know what it is, in the embed layout (no header or footer). Everything happens inside the
 * frame (posts, errors, the thank-you state); the only links that leave it open a new tab.
 * Addresses mirror the pages: `/c/:slug/…` is the page, `/embed/:slug/…` its embeddable form.
 */
export const embedPaths = {
  petition: (campaignSlug: string, slug: string) => `/embed/${campaignSlug}/petitions/${slug}`,
  event: (campaignSlug: string, slug: string) => `/embed/${campaignSlug}/events/${slug}`,
  signup: (campaignSlug: string) => `/embed/${campaignSlug}/signup`,
};

/** A link out of the frame: a new tab, without giving the opened page a handle on this one. */
export function OutLink(p: { href: string; label: string; locale: Locale }) {
  return (
    <a href={p.href} target="_blank" rel="noopener">
      {p.label} <span class="muted">{messages(p.locale).newTab}</span>
    </a>
  );
}

export function EmbedPetitionPage(p: { locale: Locale; petition: PetitionModel; state: FormState; source?: string }) {
  const m = messages(p.locale);
  const x = p.petition;
  return (
    <Layout
      locale={p.locale}
      title={x.title}
      path={embedPaths.petition(x.campaign.slug, x.slug)}
      campaign={x.campaign}
      embed
      noindex
    >
      <article class="card">
        <h1>{x.title}</h1>
        <p class="target">
          <strong>{m.to}:</strong> {x.target}
        </p>
        <Progress
          locale={p.locale}
          count={x.confirmedCount}
          next={x.nextThreshold}
          goal={x.goal}
          live={`/public/campaigns/${x.campaign.slug}/petitions/${x.slug}`}
        />
        <p>
          <OutLink
            href={`${petitionPath(x.campaign.slug, x.slug)}?locale=${p.locale}`}
            label={m.embedFullPetition}
            locale={p.locale}
          />
        </p>
      </article>
      {x.status === 'open' ? (
        <SignForm locale={p.locale} petition={x} state={p.state} source={p.source} embed />
      ) : (
        <section class="card">
          <p>{x.status === 'delivered' ? m.petitionDelivered : m.petitionClosed}</p>
        </section>
      )}
    </Layout>
  );
}

export function EmbedEventPage(p: {
  locale: Locale;
  campaign: { slug: string; name: string };
  event: EventModel;
  state: FormState;
  source?: string;
}) {
  const m = messages(p.locale);
  const e = p.event;
  const closedText =
    e.status === 'cancelled' ? m.eventCancelled : e.status === 'completed' ? m.eventOver : m.rsvpClosed;
  return (
    <Layout
      locale={p.locale}
      title={e.title}
      path={embedPaths.event(p.campaign.slug, e.slug)}
      campaign={p.campaign}
      embed
      noindex
    >
      <article class="card">
        <h1>{e.title}</h1>
        <dl class="facts">
          <dt>{m.when}</dt>
          <dd>{e.localStartText}</dd>
        </dl>
        <Availability locale={p.locale} event={e} />
        <p>
          <OutLink
            href={`${eventPath(p.campaign.slug, e.slug)}?locale=${p.locale}`}
            label={m.embedEventDetails}
            locale={p.locale}
          />
        </p>
      </article>
      {e.rsvpOpen && e.status === 'scheduled' ? (
        <RsvpForm locale={p.locale} campaignSlug={p.campaign.slug} event={e} state={p.state} source={p.source} embed />
      ) : (
        <section class="card">
          <p>{closedText}</p>
        </section>
      )}
    </Layout>
  );
}

export function EmbedSignupPage(p: {
  locale: Locale;
  campaign: { slug: string; name: string };
  state: FormState;
  source?: string;
}) {
  return (
    <Layout
      locale={p.locale}
      title={p.campaign.name}
      path={embedPaths.signup(p.campaign.slug)}
      campaign={p.campaign}
      embed
      noindex
    >
      <h1 class="embed-title">{p.campaign.name}</h1>
      <SignupForm locale={p.locale} campaignSlug={p.campaign.slug} state={p.state} source={p.source} embed />
    </Layout>
  );
}

export function EmbedSignupThanksPage(p: { locale: Locale; campaign: { slug: string; name: string } }) {
  const m = messages(p.locale);
  return (
    <Layout
      locale={p.locale}
      title={m.signupThanksTitle}
      path={`${embedPaths.signup(p.campaign.slug)}/thanks`}
      campaign={p.campaign}
      embed
      noindex
    >
      <Notice title={m.signupThanksTitle}>
        <p>{m.signupThanks}</p>
      </Notice>
    </Layout>
  );
}
