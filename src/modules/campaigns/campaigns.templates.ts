import type { Locale } from '../../common/i18n.js';
import type { MailTemplate } from '../mail/mail.types.js';
import { button, html, layout, t } from '../mail/templates/html.js';

const ROLE: Record<Locale, Record<string, string>> = {
  en: { owner: 'owner', admin: 'admin', organizer: 'organizer', viewer: 'viewer' },
  ar: { owner: 'مالك', admin: 'مشرف', organizer: 'منظّم', viewer: 'مشاهد' },
};

const TEXT: Record<
  Locale,
  {
    subject: (c: string) => string;
    intro: (c: string, r: string) => string;
    how: (days: number) => string;
    accept: string;
  }
> = {
  en: {
    subject: (c) => `You are invited to organize "${c}" on Groundswell`,
    intro: (c, r) => `You have been invited to join the campaign "${c}" as ${r}.`,
    how: (d) =>
      `Accept within ${d} days: open the link below, or post the token to /auth/invitations/accept with your name and a password.`,
    accept: 'Accept the invitation',
  },
  ar: {
    subject: (c) => `دعوة للانضمام إلى تنظيم حملة «${c}» على Groundswell`,
    intro: (c, r) => `تمت دعوتك للانضمام إلى حملة «${c}» بصفة ${r}.`,
    how: (d) =>
      `اقبل الدعوة خلال ${d} أيام: افتح الرابط أدناه، أو أرسل الرمز إلى ‎/auth/invitations/accept مع اسمك وكلمة مرور.`,
    accept: 'قبول الدعوة',
  },
};

/**
 * The invitation an organizer sends to someone without an account. The token is a secret template
 * variable (`secrets.token`): stored encrypted in the outbox and erased once the message is sent.
 */
/** `token` is not data: it is a secret of the message, merged in at send time. */
export interface InvitationData {
  role: string;
  days: number;
  token?: string;
}

export const invitationTemplate: MailTemplate<InvitationData> = {
  name: 'campaign.invitation',
  category: 'transactional',
  sender: 'system',
  description: 'Invitation to join a campaign as an organizer (data.role, data.days; secret token).',
  sampleData: { role: 'organizer', days: 7, token: 'gsi_sample-token' },
  render({ locale, data, campaign, publicUrl }) {
    const tx = t(locale, TEXT);
    const name = campaign?.name ?? 'Groundswell';
    const role = t(locale, ROLE)[String(data.role)] ?? String(data.role);
    const token = String(data.token ?? '');
    if (!token) throw new Error('the invitation token is missing');
    // The console's acceptance screen (an account is created there, or an existing one joins).
    const link = new URL(`/admin/invitations/accept?token=${encodeURIComponent(token)}`, publicUrl).toString();
    const days = Number(data.days ?? 7);
    return {
      subject: tx.subject(name),
      html: layout({
        locale,
        title: tx.subject(name),
        body: html`<p style="margin:0 0 16px">${tx.intro(name, role)}</p>
          <p style="margin:0 0 16px">${tx.how(days)}</p>
          ${button(link, tx.accept)}
          <p style="margin:0;font-family:monospace;font-size:13px;color:#374151">${token}</p>`,
      }),
      text: `${tx.intro(name, role)}\n\n${tx.how(days)}\n\n${link}\n\n${token}\n`,
    };
  },
};
