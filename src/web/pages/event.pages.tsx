import type { Locale } from '../../common/i18n.js';
import {
  type AttributionModel,
  Checkbox,
  ClosedCard,
  Field,
  type FormState,
  Notice,
  PostButton,
  SupporterForm,
} from '../components.js';
import { type ShareMeta, Layout } from '../layout.js';
import { formatNumber, messages } from '../messages.js';

export interface EventModel {
  slug: string;
  title: string;
  descriptionHtml: string;
  localStartText: string;
  timeZone: string;
  location: {
    name: string | null;
    address: string | null;
    locality: string | null;
    region: string | null;
    postalCode: string | null;
    country: string | null;
    latitude: number | null;
    longitude: number | null;
  } | null;
  online: boolean;
  status: 'scheduled' | 'cancelled' | 'completed';
  cancelReason: string | null;
  capacity: number | null;
  seatsLeft: number | null;
  waitlistEnabled: boolean;
  maxGuests: number;
  rsvpOpen: boolean;
}

export const eventPath = (campaignSlug: string, slug: string) => `/c/${campaignSlug}/events/${slug}`;

function osmLink(l: NonNullable<EventModel['location']>): string | null {
  if (l.latitude !== null && l.longitude !== null)
    return `https://www.openstreetmap.org/?mlat=${l.latitude}&mlon=${l.longitude}#map=17/${l.latitude}/${l.longitude}`;
  const q = [l.address, l.locality, l.postalCode, l.country].filter(Boolean).join(', ');
  return q ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(q)}` : null;
}

export function Availability(p: { locale: Locale; event: EventModel }) {
  const m = messages(p.locale);
  const e = p.event;
  if (e.capacity === null) return null;
  if ((e.seatsLeft ?? 0) > 0) return <p class="seats">{m.placesLeft(formatNumber(p.locale, e.seatsLeft ?? 0))}</p>;
  return <p class="seats full">{e.waitlistEnabled ? m.waitlistOpen : m.full}</p>;
}

export function RsvpForm(p: {
  locale: Locale;
  campaignSlug: string;
  event: EventModel;
  state: FormState;
  attribution?: AttributionModel;
  access?: string;
  embed?: boolean;
}) {
  const m = messages(p.locale);
  const q = new URLSearchParams();
  if (p.access) q.set('access', p.access);
  if (p.embed) q.set('embed', '1');
  const qs = q.toString();
  return (
    <SupporterForm
      form="rsvp"
      locale={p.locale}
      title={m.rsvpTitle}
      button={m.rsvpButton}
      action={`/public/campaigns/${p.campaignSlug}/events/${p.event.slug}/rsvp${qs ? `?${qs}` : ''}`}
      state={p.state}
      attribution={p.attribution}
      signal
      lastName
      campaignSlug={p.campaignSlug}
      embed={p.embed}
    >
      {p.event.maxGuests > 0 ? (
        <Field
          form="rsvp"
          name="guests"
          type="number"
          label={m.guests}
          state={p.state}
          min={0}
          max={p.event.maxGuests}
        />
      ) : null}
      <Checkbox form="rsvp" name="consentUpdates" label={m.consentUpdates} state={p.state} />
    </SupporterForm>
  );
}

/** The RSVP form while the event takes RSVPs, else why it does not. */
export function RsvpSection(p: Parameters<typeof RsvpForm>[0]) {
  const m = messages(p.locale);
  const e = p.event;
  if (e.rsvpOpen && e.status === 'scheduled') return <RsvpForm {...p} />;
  return (
    <ClosedCard
      text={e.status === 'cancelled' ? m.eventCancelled : e.status === 'completed' ? m.eventOver : m.rsvpClosed}
    />
  );
}

export function EventPage(p: {
  locale: Locale;
  campaign: { slug: string; name: string };
  event: EventModel;
  state: FormState;
  share: ShareMeta;
  calendarUrl: string;
  attribution?: AttributionModel;
  access?: string;
}) {
  const m = messages(p.locale);
  const e = p.event;
  const l = e.location;
  const osm = l ? osmLink(l) : null;
  return (
    <Layout
      locale={p.locale}
      title={e.title}
      path={eventPath(p.campaign.slug, e.slug)}
      campaign={p.campaign}
      share={p.share}
    >
      <div class="columns">
        <article class="card">
          <h1>{e.title}</h1>
          {e.status === 'cancelled' ? (
            <p class="banner">
              {m.eventCancelled} {e.cancelReason ?? ''}
            </p>
          ) : null}
          <dl class="facts">
            <dt>{m.when}</dt>
            {/* localStartText names the zone: "… 18:48 (EST, America/New_York)". */}
            <dd>{e.localStartText}</dd>
            <dt>{m.where}</dt>
            <dd>
              {l ? (
                <>
                  {[l.name, l.address, l.locality, l.region, l.postalCode, l.country].filter(Boolean).join(', ') ||
                    m.addressHidden}
                  {osm ? (
                    <>
                      {' '}
                      <a href={osm} rel="noopener noreferrer">
                        {m.directions}
                      </a>
                    </>
                  ) : null}
                </>
              ) : e.online ? (
                m.online
              ) : (
                m.addressHidden
              )}
            </dd>
          </dl>
          <Availability locale={p.locale} event={e} />
          <p>
            <a href={p.calendarUrl}>{m.addToCalendar}</a>
          </p>
          <div class="prose" dangerouslySetInnerHTML={{ __html: e.descriptionHtml }} />
        </article>
        <RsvpSection
          locale={p.locale}
          campaignSlug={p.campaign.slug}
          event={e}
          state={p.state}
          attribution={p.attribution}
          access={p.access}
        />
      </div>
    </Layout>
  );
}

export function RsvpThanksPage(p: {
  locale: Locale;
  campaign: { slug: string; name: string };
  status: 'confirmed' | 'waitlisted';
  title: string;
  when: string;
  path: string;
  embed?: boolean;
}) {
  const m = messages(p.locale);
  const heading = p.status === 'confirmed' ? m.rsvpConfirmedTitle : m.rsvpWaitlistedTitle;
  return (
    <Layout locale={p.locale} title={heading} path={p.path} campaign={p.campaign} embed={p.embed} noindex>
      <Notice title={heading}>
        <p>{p.status === 'confirmed' ? m.rsvpConfirmed(p.title, p.when) : m.rsvpWaitlisted(p.title)}</p>
      </Notice>
    </Layout>
  );
}

/** Pages behind the emailed cancel link. */
export function RsvpCancelPage(p: {
  locale: Locale;
  path: string;
  kind: 'prompt' | 'cancelled' | 'already' | 'started' | 'invalid';
  title?: string;
  when?: string;
  token?: string;
}) {
  const m = messages(p.locale);
  const t = p.title ?? '';
  const [heading, text] =
    p.kind === 'prompt'
      ? [m.cancelTitle, m.cancelPrompt(t, p.when ?? '')]
      : p.kind === 'cancelled'
        ? [m.cancelledTitle, m.cancelled(t)]
        : p.kind === 'already'
          ? [m.alreadyTitle, m.already(t)]
          : p.kind === 'started'
            ? [m.startedTitle, m.started]
            : [m.invalidLinkTitle, m.invalidLink];
  return (
    <Layout locale={p.locale} title={heading} path={p.path} noindex>
      <Notice title={heading}>
        <p>{text}</p>
        {p.kind === 'prompt' && p.token ? (
          <PostButton
            label={m.cancelButton}
            action="/public/event-rsvps/cancel"
            fields={{ token: p.token, format: 'html' }}
            danger
          />
        ) : null}
      </Notice>
    </Layout>
  );
}
