import { randomBytes } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { encode as base64Encode, wrap as base64Wrap } from 'nodemailer/lib/base64';
import MailComposer from 'nodemailer/lib/mail-composer';
import { foldLines, hasLongerLines, isPlainText } from 'nodemailer/lib/mime-funcs';
import MimeNode from 'nodemailer/lib/mime-node';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

export interface WrittenMessage {
  raw: Buffer;
  envelope: { from: string; to: string[] };
  messageId: string;
}

/** The parts of nodemailer's MimeNode used here (not all are in its type declarations). */
interface HeaderEncoder {
  encodeHeaderValue(key: string, value: string): string;
  _getTextEncoding(value: string): 'Q' | 'B';
}

/** nodemailer's own header and text encoders, from one node kept for that (a node per message costs random bytes and parsing). */
const encoder = new MimeNode(false) as unknown as HeaderEncoder;
/** An address we write as it is: ASCII, no display name, nothing to quote or punycode. */
const PLAIN_ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const TOKEN = /^[A-Za-z0-9._-]+$/;
const CONTENT_TYPE = /^[a-z0-9.+-]+\/[a-z0-9.+-]+(\s*;\s*[a-z0-9-]+=[A-Za-z0-9._-]+)*$/i;
const KNOWN_KEYS = new Set(['from', 'to', 'replyTo', 'subject', 'text', 'html', 'messageId', 'headers', 'attachments']);

type Prepared = { prepared: true; value: string };

/** A prepared header value may only break lines as folding does: CRLF and then a space or tab. */
function folded(value: string): boolean {
  return value.split('\r\n').every((line, i) => !/[\r\n]/.test(line) && (i === 0 || /^[ \t]/.test(line)));
}

/**
 * The From header and envelope sender of a From value (MAIL_FROM, or a campaign's sender name on
 * its address), worked out by nodemailer once per value and process. Bounded: campaigns' names
 * are few, but they can change.
 */
const senders = new Map<string, { header: string; address: string }>();
function sender(from: string): { header: string; address: string } | null {
  let known = senders.get(from);
  if (!known) {
    if (senders.size >= 1000) senders.clear();
    const address = new MailComposer({ from, to: 'x@example.org' }).compile().getEnvelope().from;
    if (typeof address !== 'string' || !address) return null;
    known = { header: foldLines(`From: ${encoder.encodeHeaderValue('From', from)}`, 76), address };
    senders.set(from, known);
  }
  return known;
}

/** A text part as nodemailer would encode it: 7bit when it can be, else Quoted-Printable or Base64, whichever suits the text. */
function textPart(contentType: string, value: string): string {
  // Text is sent in its canonical form, with CRLF line breaks (RFC 2045), whichever the encoding.
  const content = value.replace(/\r\n|\r|\n/g, '\r\n');
  if (isPlainText(content) && !hasLongerLines(content, 76))
    return `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${content}`;
  if (encoder._getTextEncoding(content) === 'Q')
    return `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qpWrap(qpEncode(content), 76)}`;
  return `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Wrap(base64Encode(content), 76)}`;
}

function multipart(subtype: string, boundary: string, parts: string[]): string {
  return `Content-Type: multipart/${subtype};\r\n boundary="${boundary}"\r\n\r\n${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`;
}

/**
 * Writes the messages we send (a sender, one plain recipient address, optionally one plain Reply-To
 * address, a subject, text and/or HTML, a Message-ID, extra headers, and string attachments such
 * as a calendar file) as MIME in one synchronous pass, with nodemailer's own header,
 * Quoted-Printable and Base64 encoders and its rules for choosing a transfer encoding.
 * nodemailer's compiler built a tree of nodes per message (random boundaries, address parsing,
 * header normalisation) and then streamed it: the largest CPU cost of a broadcast worker
 * (docs/decisions/mime-sync.md).
 *
 * Returns null for anything outside that shape (display names or non-ASCII in the recipient,
 * cc/bcc, a Reply-To that is not one plain address, streamed or file content, unusual attachment
 * names or types): the caller then lets nodemailer compose the message.
 */
export function writeMime(message: SendMailOptions): WrittenMessage | null {
  const { from, to, replyTo, subject, text, html, messageId } = message;
  if (Object.keys(message).some((k) => !KNOWN_KEYS.has(k) && (message as Record<string, unknown>)[k] !== undefined))
    return null;
  if (
    typeof from !== 'string' ||
    typeof to !== 'string' ||
    !PLAIN_ADDRESS.test(to) ||
    (replyTo !== undefined && (typeof replyTo !== 'string' || !PLAIN_ADDRESS.test(replyTo))) ||
    typeof messageId !== 'string' ||
    !/^<[^<>\s]+>$/.test(messageId)
  )
    return null;
  if (
    typeof subject !== 'string' ||
    /[\r\n]/.test(subject) ||
    (text && typeof text !== 'string') ||
    (html && typeof html !== 'string') ||
    (!text && !html)
  )
    return null;
  const from_ = sender(from);
  if (!from_) return null;

  const attachments: string[] = [];
  for (const a of message.attachments ?? []) {
    const { filename, content, contentType } = a;
    if (
      Object.keys(a).some(
        (k) => !['filename', 'content', 'contentType'].includes(k) && (a as Record<string, unknown>)[k] !== undefined,
      )
    )
      return null;
    if (
      typeof filename !== 'string' ||
      !TOKEN.test(filename) ||
      typeof contentType !== 'string' ||
      !CONTENT_TYPE.test(contentType)
    )
      return null;
    if (typeof content !== 'string' && !Buffer.isBuffer(content)) return null;
    attachments.push(
      `Content-Type: ${contentType}; name=${filename}\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=${filename}\r\n\r\n${base64Wrap(base64Encode(content), 76)}`,
    );
  }

  const head: string[] = [];
  for (const [key, value] of Object.entries((message.headers ?? {}) as Record<string, string | Prepared>)) {
    if (!/^[A-Za-z0-9-]+$/.test(key)) return null;
    if (typeof value === 'string') {
      if (/[\r\n]/.test(value)) return null;
      head.push(foldLines(`${key}: ${encoder.encodeHeaderValue(key, value)}`, 76));
    } else if (value?.prepared === true && typeof value.value === 'string' && folded(value.value))
      head.push(`${key}: ${value.value}`);
    else return null;
  }
  head.push(from_.header, `To: ${to}`);
  if (replyTo) head.push(`Reply-To: ${replyTo}`);
  if (subject) head.push(foldLines(`Subject: ${encoder.encodeHeaderValue('Subject', subject)}`, 76));
  head.push(
    `Message-ID: ${messageId}`,
    `Date: ${new Date().toUTCString().replace(/GMT/, '+0000')}`,
    'MIME-Version: 1.0',
  );

  const base = `--_GS-${randomBytes(8).toString('hex')}-Part_`;
  const bodies = [
    text ? textPart('text/plain; charset=utf-8', text as string) : null,
    html ? textPart('text/html; charset=utf-8', html as string) : null,
  ].filter((p): p is string => p !== null);
  const body =
    bodies.length === 2 ? multipart('alternative', `${base}${attachments.length ? 2 : 1}`, bodies) : `${bodies[0]}\r\n`;
  const root = attachments.length ? multipart('mixed', `${base}1`, [body.replace(/\r\n$/, ''), ...attachments]) : body;
  return {
    raw: Buffer.from(`${head.join('\r\n')}\r\n${root}`, 'utf8'),
    envelope: { from: from_.address, to: [to] },
    messageId,
  };
}
