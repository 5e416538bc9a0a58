import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/config.js';
import type { Event } from '../../generated/prisma/client.js';
import { buildCalendar, type IcsCalendar, type IcsEvent } from './ics.js';

/** Where an event lives: its text, map link and public URLs, and its calendar entries. */
@Injectable()
export class EventCalendarService {
  constructor(private readonly config: AppConfig) {}

  /**
   * The calendar entry of an event. UID `<eventId>@<PUBLIC_URL host>` never changes, SEQUENCE
   * follows the event's own counter. Only the attendee variant carries the online link.
   */
  icsEvent(e: Event, options: { attendee: boolean }): IcsEvent {
    const place = locationText(e);
    const parts: string[] = [];
    if (e.status === 'cancelled') parts.push(`CANCELLED${e.cancelReason ? `: ${e.cancelReason}` : ''}`);
    if (e.description) parts.push(e.description);
    if (e.onlineUrl && options.attendee) parts.push(`Join online: ${e.onlineUrl}`);
    else if (e.onlineUrl) parts.push('Online: the link is sent to confirmed attendees.');
    return {
      uid: `${e.id}@${this.domain()}`,
      sequence: e.sequence,
      start: e.startsAt,
      end: e.endsAt,
      timeZone: e.timeZone,
      summary: e.title,
      description: parts.join('\n\n') || null,
      location: place ?? (options.attendee && e.onlineUrl ? e.onlineUrl : null),
      geo: e.latitude !== null && e.longitude !== null ? { latitude: e.latitude, longitude: e.longitude } : null,
      url: options.attendee && e.onlineUrl ? e.onlineUrl : null,
      status: e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      created: e.createdAt,
      lastModified: e.updatedAt,
    };
  }

  /** The .ics a confirmed attendee gets by email (with the online link). */
  attendeeIcs(e: Event): string {
    return buildCalendar({ events: [this.icsEvent(e, { attendee: true })] });
  }

  publicIcs(e: Event): string {
    return buildCalendar({ events: [this.icsEvent(e, { attendee: false })] });
  }

  feed(cal: Omit<IcsCalendar, 'events'>, events: Event[]): string {
    return buildCalendar({ ...cal, events: events.map((e) => this.icsEvent(e, { attendee: false })) });
  }

  /** The event's page for people (src/web); publicPath is its JSON resource and calendar. */
  pagePath(campaignSlug: string, eventSlug: string): string {
    return `/c/${encodeURIComponent(campaignSlug)}/events/${encodeURIComponent(eventSlug)}`;
  }

  publicPath(campaignSlug: string, eventSlug: string): string {
    return `/public/campaigns/${encodeURIComponent(campaignSlug)}/events/${encodeURIComponent(eventSlug)}`;
  }

  absolute(path: string): string {
    return new URL(path, this.config.get('PUBLIC_URL')).toString();
  }

  private domain(): string {
    return new URL(this.config.get('PUBLIC_URL')).hostname;
  }
}

export function locationText(
  e: Pick<Event, 'locationName' | 'address' | 'locality' | 'region' | 'postalCode' | 'country'>,
): string | null {
  const parts = [e.locationName, e.address, e.locality, e.region, e.postalCode, e.country].filter(
    (p): p is string => !!p,
  );
  return parts.length ? parts.join(', ') : null;
}

export function mapUrl(e: Pick<Event, 'latitude' | 'longitude'>): string | null {
  if (e.latitude === null || e.longitude === null) return null;
  const lat = e.latitude.toFixed(5);
  const lon = e.longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}
