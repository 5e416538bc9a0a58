import { encode as base64Encode, wrap as base64Wrap } from 'nodemailer/lib/base64';
import type MimeNode from 'nodemailer/lib/mime-node';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

/** The parts of nodemailer's MimeNode this module reads (not all are in its type declarations). */
interface Node {
  multipart: string | false;
  boundary: string | false;
  childNodes: Node[];
  content?: unknown;
  contentType?: string;
  _raw: unknown;
  _transforms: unknown[];
  _processFuncs: unknown[];
  newline?: unknown;
  buildHeaders(): string;
  getTransferEncoding(): string | false;
}

/**
 * Writes out a compiled MIME tree (`new MailComposer(message).compile()`: the headers, boundaries
 * and transfer encodings exactly as nodemailer chooses them) in one synchronous pass, with
 * nodemailer's own Base64 and Quoted-Printable encoders. `MimeNode.build()` gives the same bytes
 * but streams every part through a PassThrough, an encoder, a pipeline and setImmediate hops,
 * which made building the message the largest CPU cost of a broadcast (docs/benchmarks.md).
 *
 * Returns null when some part is not plain string or Buffer content (a stream, a file, a URL) or
 * uses stream transforms: the caller then takes nodemailer's streaming path.
 */
export function buildMimeSync(root: MimeNode): Buffer | null {
  const chunks: Buffer[] = [];
  if (!write(root as unknown as Node, chunks)) return null;
  // As MimeNode's LastNewline stage: the message ends with a line break.
  const last = chunks[chunks.length - 1];
  if (last?.[last.length - 1] !== 0x0a) chunks.push(Buffer.from(last?.[last.length - 1] === 0x0d ? '\n' : '\r\n'));
  return Buffer.concat(chunks);
}

function write(node: Node, out: Buffer[]): boolean {
  // A nodemailer that no longer has the fields this relies on gets its own streaming path.
  const known = Array.isArray(node.childNodes) && Array.isArray(node._transforms) && Array.isArray(node._processFuncs) && typeof node.buildHeaders === 'function' && '_raw' in node;
  if (!known || node._raw || node._transforms.length > 0 || node._processFuncs.length > 0 || node.newline) return false;
  // Building the headers is also what sets multipart, boundary and contentType from Content-Type:
  // a freshly compiled tree has none of them yet.
  const headers = node.buildHeaders();
  if (!('multipart' in node) || !('boundary' in node)) return false;
  const text = (s: string) => out.push(Buffer.from(s, 'utf8'));
  text(`${headers}\r\n\r\n`);
  if (node.content) {
    const content = node.content;
    if (typeof content !== 'string' && !Buffer.isBuffer(content)) return false;
    const encoding = node.getTransferEncoding();
    if (encoding === 'base64') text(base64Wrap(base64Encode(content), 76));
    else if (encoding === 'quoted-printable') {
      // Outside text/*, nodemailer encodes lone CR and LF as data: leave those to its own path.
      if (!/^text\//i.test(node.contentType ?? '')) return false;
      text(qpWrap(qpEncode(content), 76));
    } else out.push(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
  }
  if (node.multipart) {
    for (let i = 0; i < node.childNodes.length; i++) {
      text(`${i > 0 ? '\r\n' : ''}--${node.boundary}\r\n`);
      if (!write(node.childNodes[i], out)) return false;
    }
    text(`\r\n--${node.boundary}--\r\n`);
  }
  return true;
}
