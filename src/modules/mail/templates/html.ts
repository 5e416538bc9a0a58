import { type Locale, RTL_LOCALES } from '../../../common/i18n.js';
import type { MailCampaign, MessageLinks, RenderedMail } from '../mail.types.js';

/**
 * Safe HTML building for email templates. Every value interpolated into an `html` template is
 * escaped unless it is itself SafeHtml (produced by `html` or `raw`), so user content (a campaign
 * name, a statement, an organizer's message) can never inject markup into a message.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

function interpolate(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Markup the template author wrote (never user content). */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

/** Only http(s) and mailto links may reach an href; anything else (javascript:, data:) becomes '#'. */
export function safeUrl(url: string): string {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : '#';
}

/** Plain text paragraphs of user content, escaped, with line breaks kept. */
export function paragraphs(text: string): SafeHtml {
  const parts = String(text ?? '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return new SafeHtml(
    parts.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join(''),
  );
}

export function button(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0">
    <a
      href="${safeUrl(href)}"
      style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600"
      >${label}</a
    >
  </p>`;
}

/** Picks the string of a locale from a per-locale table (one source per message kind). */
export function t<T>(locale: Locale, strings: Record<Locale, T>): T {
  return strings[locale] ?? strings.en;
}

export const isRtl = (locale: Locale): boolean => RTL_LOCALES.includes(locale);

const FOOTER: Record<
  Locale,
  { unsubscribe: string; preferences: string; privacy: string; why: (campaign: string) => string }
> = {
  en: {
    unsubscribe: 'Unsubscribe',
    preferences: 'Email preferences',
    privacy: 'How we handle your data',
    why: (c) => `You receive this because you support ${c}.`,
  },
  ar: {
    unsubscribe: 'إلغاء الاشتراك',
    preferences: 'إعدادات البريد',
    privacy: 'كيف نتعامل مع بياناتك',
    why: (c) => `تصلك هذه الرسالة لأنك من مؤيدي ${c}.`,
  },
};

export interface LayoutInput {
  locale: Locale;
  /** The <title>, usually the subject. */
  title: string;
  body: SafeHtml;
  campaignName?: string | null;
  links?: MessageLinks;
}

/**
 * The frame of every HTML message: lang and dir on <html> and on the content table (some clients
 * drop the <html> attributes), inline styles only, and for campaign mail a footer with the
 * unsubscribe, preferences and privacy-page links.
 */
export function layout(input: LayoutInput): string {
  const dir = isRtl(input.locale) ? 'rtl' : 'ltr';
  const align = dir === 'rtl' ? 'right' : 'left';
  const f = t(input.locale, FOOTER);
  const footerLinks = [
    input.links?.unsubscribe
      ? html`<a href="${safeUrl(input.links.unsubscribe)}" style="color:#6b7280">${f.unsubscribe}</a>`
      : null,
    input.links?.preferences
      ? html`<a href="${safeUrl(input.links.preferences)}" style="color:#6b7280">${f.preferences}</a>`
      : null,
    input.links?.privacy
      ? html`<a href="${safeUrl(input.links.privacy)}" style="color:#6b7280">${f.privacy}</a>`
      : null,
  ].filter((x): x is SafeHtml => x !== null);
  const footer =
    input.campaignName || footerLinks.length > 0
      ? html`<tr>
          <td style="padding:24px 32px;color:#6b7280;font-size:12px;text-align:${align}" dir="${dir}">
            ${input.campaignName ? html`<p style="margin:0 0 8px">${f.why(input.campaignName)}</p>` : ''}${footerLinks.length > 0 ? html`<p style="margin:0">${footerLinks.map((l, i) => (i === 0 ? l : html` · ${l}`))}</p>` : ''}
          </td>
        </tr>`
      : '';
  return html`<!doctype html>
    <html lang="${input.locale}" dir="${dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${input.title}</title>
      </head>
      <body style="margin:0;padding:0;background:#f3f4f6">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table
                role="presentation"
                width="100%"
                cellpadding="0"
                cellspacing="0"
                dir="${dir}"
                style="max-width:600px;background:#ffffff;border-radius:8px;font-family:-apple-system,'Segoe UI',Tahoma,Arial,sans-serif;font-size:16px;line-height:1.5;color:#111827"
              >
                <tr>
                  <td style="padding:32px;text-align:${align}" dir="${dir}">${input.body}</td>
                </tr>
                ${footer}
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>`.value;
}

/** The plain-text counterpart of the footer. */
export function textFooter(locale: Locale, campaignName: string | null | undefined, links: MessageLinks): string {
  const f = t(locale, FOOTER);
  const lines = ['', '--'];
  if (campaignName) lines.push(f.why(campaignName));
  if (links.unsubscribe) lines.push(`${f.unsubscribe}: ${links.unsubscribe}`);
  if (links.preferences) lines.push(`${f.preferences}: ${links.preferences}`);
  if (links.privacy) lines.push(`${f.privacy}: ${links.privacy}`);
  return lines.length > 2 ? lines.join('\n') : '';
}

/**
 * A message that asks the reader to follow one link (confirm a signature or an address, download
 * an export, erase): the greeting, the paragraphs, the button, and what to do if they did not ask
 * for it; the campaign's footer under both HTML and text.
 */
export function actionMail(
  ctx: { locale: Locale; campaign: MailCampaign | null; links: MessageLinks },
  m: { subject: string; greeting: string; lines: string[]; action: { url: string; label: string }; ignore: string },
): RenderedMail {
  const body = html`<p style="margin:0 0 16px">${m.greeting}</p>
    ${m.lines.map((l) => html`<p style="margin:0 0 16px">${l}</p>`)} ${button(m.action.url, m.action.label)}
    <p style="margin:0 0 16px;color:#6b7280;font-size:14px">${m.ignore}</p>`;
  return {
    subject: m.subject,
    html: layout({
      locale: ctx.locale,
      title: m.subject,
      body,
      campaignName: ctx.campaign?.name ?? null,
      links: ctx.links,
    }),
    text:
      [m.greeting, '', ...m.lines.flatMap((l) => [l, '']), `${m.action.label}: ${m.action.url}`, '', m.ignore].join(
        '\n',
      ) +
      textFooter(ctx.locale, ctx.campaign?.name, ctx.links) +
      '\n',
  };
}

/**
 * A short notice to an organizer's own address (no campaign footer): paragraphs, the same in HTML
 * and in text; a `{ code }` paragraph (an address, an identifier) is set in monospace.
 */
export function noticeMail(locale: Locale, subject: string, paragraphs: (string | { code: string })[]): RenderedMail {
  const last = paragraphs.length - 1;
  const body = html`${paragraphs.map((p, i) => {
    const style = `margin:${i === last ? '0' : '0 0 16px'}${typeof p === 'string' ? '' : ';font-family:monospace'}`;
    return html`<p style="${style}">${typeof p === 'string' ? p : p.code}</p> `;
  })}`;
  return {
    subject,
    html: layout({ locale, title: subject, body }),
    text: `${paragraphs.map((p) => (typeof p === 'string' ? p : p.code)).join('\n\n')}\n`,
  };
}
