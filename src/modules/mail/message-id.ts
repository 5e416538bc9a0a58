import addressparser from 'nodemailer/lib/addressparser';
import type { AppConfig } from '../../config/config.js';

/**
 * Message-IDs of our outbox rows: `<row id@domain>`, stable across retries. The sender writes it
 * into each message, and the relay writes it into rows it records as sent without the server's
 * reply (presumed sent), so both must derive it here, from the same settings.
 */

/** Stands for the row id in the SQL form of the Message-ID (`replace(template, ROW_ID, id::text)`). */
export const ROW_ID = '{row-id}';

/** The sender's address of a MAIL_FROM value (`Name <a@b.org>`, `"A <b>" <c@d.org>` or `a@b.org`), parsed as nodemailer does. */
export function senderAddress(from: string): string {
  const [first] = addressparser(from, { flatten: true });
  return first?.address ?? '';
}

/** The domain of MAIL_FROM's address, lower-cased; `groundswell.localhost` when it has none. */
export function senderDomain(from: string): string {
  const address = senderAddress(from);
  const at = address.lastIndexOf('@');
  return (
    (at === -1
      ? ''
      : address
          .slice(at + 1)
          .trim()
          .toLowerCase()) || 'groundswell.localhost'
  );
}

/** MAIL_MESSAGE_ID_DOMAIN, else the domain of MAIL_FROM. */
export function messageIdDomain(config: Pick<AppConfig, 'get'>): string {
  return (config.get('MAIL_MESSAGE_ID_DOMAIN') ?? senderDomain(config.get('MAIL_FROM'))).toLowerCase();
}

export function messageIdFor(rowId: string, domain: string): string {
  return `<${rowId}@${domain}>`;
}
