import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown written by organizers (statements, petitions, milestone notes) rendered to HTML that is
 * safe to embed in pages, feeds and emails. Two layers, so one bug is not enough for an injection:
 * markdown-it runs with raw HTML disabled (a `<script>` in the source comes out as text) and its
 * link validator refuses javascript:/vbscript:/file:/data: links; sanitize-html then re-parses the
 * output against an allowlist of elements, attributes and URL schemes. See docs/decisions/markdown.md.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  's',
  'del',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
  },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links written by organizers point away from us: no referrer, no SEO endorsement.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }) },
};

/** Markdown to sanitized HTML. Never returns markup outside the allowlist. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(md.render(source), SANITIZE).trim();
}

/** Cleans HTML from any other source against the same allowlist. */
export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Plain text of a Markdown document (for text email parts and summaries): markup removed, entities decoded. */
export function markdownToText(source: string): string {
  const html = md
    .render(source)
    .replace(/<\/(p|h[1-6]|blockquote|pre|table|ul|ol)>/g, '$&\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<li>/g, '- ');
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
