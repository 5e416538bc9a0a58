import type { Locale } from '../../common/i18n.js';
import { mailSafetyNote, targetedDomainOf } from '../../common/targeted-domains.js';
import type { MailCampaign, RenderedMail } from './mail.types.js';
import { escapeHtml, isRtl } from './templates/html.js';

/**
 * Mail to a supporter whose address is on a domain of an organization the campaign targets (their
 * employer may read that mailbox). Decided at send time from the decrypted address and the
 * campaign's list, so nothing per supporter is stored (docs/decisions/supporter-privacy.md):
 *
 * - no tracking of any kind: remote images (open pixels, whoever put them in) are dropped, utm_*
 *   and known click-id parameters are taken off every link, and the headers that switch off the
 *   common providers' own open and click tracking are set;
 * - a short safety note (the campaign's text, else the built-in one) at the top of both bodies.
 */
export function isTargetedRecipient(campaign: MailCampaign | null, email: string): boolean {
  return !!campaign && targetedDomainOf(email, campaign.targetedDomains ?? []) !== null;
}

/** Query parameters that tell the site behind a link where the click came from. */
const TRACKING_PARAM = /^(utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|oly_[a-z_]+)$/i;

/** Headers that turn off open and click tracking at providers that add it (Mailgun, Postmark, SendGrid). */
export const NO_TRACKING_HEADERS: Record<string, string> = {
  'X-Mailgun-Track': 'no',
  'X-Mailgun-Track-Clicks': 'no',
  'X-Mailgun-Track-Opens': 'no',
  'X-PM-TrackOpens': 'false',
  'X-PM-TrackLinks': 'None',
  'X-SMTPAPI': '{"filters":{"clicktrack":{"settings":{"enable":0}},"opentrack":{"settings":{"enable":0}}}}',
};

/** A URL without its tracking parameters (unchanged when it has none or does not parse). */
export function untrackedUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  const names = [...u.searchParams.keys()].filter((k) => TRACKING_PARAM.test(k));
  if (names.length === 0) return url;
  for (const k of names) u.searchParams.delete(k);
  return u.toString();
}

const TEXT_URL = /https?:\/\/[^\s<>"')\]]+/g;

function untrackedHtml(html: string): string {
  return (
    html
      // Remote images: an open pixel is just an image fetched when the message is shown.
      .replace(/<img\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?\/\/[^>]*>/gi, '')
      // Every URL, in an attribute or in the text (where `&` is written `&amp;`).
      .replace(/https?:\/\/[^\s<>"']+/g, (u) => untrackedUrl(u.replace(/&amp;/g, '&')).replace(/&/g, '&amp;'))
  );
}

/** The rendered message as it goes to a recipient on a targeted domain. */
export function protectTargetedMail(rendered: RenderedMail, campaign: MailCampaign, locale: Locale): RenderedMail {
  const note = mailSafetyNote(campaign.mailSafetyNote, locale);
  const dir = isRtl(locale) ? 'rtl' : 'ltr';
  const block =
    `<div role="note" dir="${dir}" data-safety-note style="margin:0 auto;max-width:600px;padding:12px 16px;` +
    `background:#fef3c7;color:#78350f;font-family:Arial,sans-serif;font-size:14px;line-height:1.5">${escapeHtml(note)}</div>`;
  const html = rendered.html ? untrackedHtml(rendered.html) : rendered.html;
  return {
    ...rendered,
    html: html ? (/<body\b[^>]*>/i.test(html) ? html.replace(/<body\b[^>]*>/i, (b) => b + block) : block + html) : html,
    text: `${note}\n\n${(rendered.text ?? '').replace(TEXT_URL, (u) => untrackedUrl(u))}`,
  };
}
