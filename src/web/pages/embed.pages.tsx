import type { ComponentChildren } from 'preact';
import type { Locale } from '../../common/i18n.js';
import type { AttributionModel, FormState } from '../components.js';
import { Notice } from '../components.js';
import { Layout } from '../layout.js';
import { messages } from '../messages.js';
import { SignupForm } from './campaign.pages.js';
import { Availability, type EventModel, eventPath, RsvpSection } from './event.pages.js';
import { PetitionHeading, type PetitionModel, petitionPath, SignSection } from './petition.pages.js';

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

/** The frame of every embed: the embed layout (no header or footer), kept out of search engines. */
function EmbedLayout(p: {
  locale: Locale;
  title: string;
  path: string;
  campaign: { slug: string; name: string };
  children: ComponentChildren;
}) {
  return (
    <Layout locale={p.locale} title={p.title} path={p.path} campaign={p.campaign} embed noindex>
      {p.children}
    </Layout>
  );
}

export function EmbedPetitionPage(p: {
  locale: Locale;
  petition: PetitionModel;
  state: FormState;
  attribution?: AttributionModel;
}) {
  const m = messages(p.locale);
  const x = p.petition;
  return (
    <EmbedLayout
      locale={p.locale}
      title={x.title}
      path={embedPaths.petition(x.campaign.slug, x.slug)}
      campaign={x.campaign}
    >
      <article class="card">
        <PetitionHeading locale={p.locale} petition={x} />
        <p>
          <OutLink
            href={`${petitionPath(x.campaign.slug, x.slug)}?locale=${p.locale}`}
            label={m.embedFullPetition}
            locale={p.locale}
          />
        </p>
      </article>
      <SignSection locale={p.locale} petition={x} state={p.state} attribution={p.attribution} embed />
    </EmbedLayout>
  );
}

export function EmbedEventPage(p: {
  locale: Locale;
  campaign: { slug: string; name: string };
  event: EventModel;
  state: FormState;
  attribution?: AttributionModel;
}) {
  const m = messages(p.locale);
  const e = p.event;
  return (
    <EmbedLayout
      locale={p.locale}
      title={e.title}
      path={embedPaths.event(p.campaign.slug, e.slug)}
      campaign={p.campaign}
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
      <RsvpSection
        locale={p.locale}
        campaignSlug={p.campaign.slug}
        event={e}
        state={p.state}
        attribution={p.attribution}
        embed
      />
    </EmbedLayout>
  );
}

export function EmbedSignupPage(p: {
  locale: Locale;
  campaign: { slug: string; name: string };
  state: FormState;
  attribution?: AttributionModel;
}) {
  return (
    <EmbedLayout
      locale={p.locale}
      title={p.campaign.name}
      path={embedPaths.signup(p.campaign.slug)}
      campaign={p.campaign}
    >
      <h1 class="embed-title">{p.campaign.name}</h1>
      <SignupForm locale={p.locale} campaignSlug={p.campaign.slug} state={p.state} attribution={p.attribution} embed />
    </EmbedLayout>
  );
}

export function EmbedSignupThanksPage(p: { locale: Locale; campaign: { slug: string; name: string } }) {
  const m = messages(p.locale);
  return (
    <EmbedLayout
      locale={p.locale}
      title={m.signupThanksTitle}
      path={`${embedPaths.signup(p.campaign.slug)}/thanks`}
      campaign={p.campaign}
    >
      <Notice title={m.signupThanksTitle}>
        <p>{m.signupThanks}</p>
      </Notice>
    </EmbedLayout>
  );
}
