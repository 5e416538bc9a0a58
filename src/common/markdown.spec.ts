import { markdownToText, renderMarkdown, sanitizeRichHtml } from './markdown.js';

describe('renderMarkdown', () => {
  it('should render ordinary Markdown when the source is plain prose', () => {
    const html = renderMarkdown('# Win\n\nMicrosoft **ceased** _specified_ services.\n\n- one\n- two\n\n> quoted');
    expect(html).toContain('<h1>Win</h1>');
    expect(html).toContain('<strong>ceased</strong>');
    expect(html).toContain('<em>specified</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
  });

  it('should show raw HTML as text when the source contains script or iframe tags', () => {
    const html = renderMarkdown(
      'Hello <script>alert(1)</script> <iframe src="https://evil.example"></iframe> <img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<iframe|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('should drop javascript:, vbscript: and data: URLs when links or images use them', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:msgbox(1)) [d](data:text/html;base64,PHNjcmlwdD4=) ![e](javascript:alert(1)) <javascript:alert(1)>',
    );
    expect(html.toLowerCase()).not.toContain('href="javascript');
    expect(html.toLowerCase()).not.toContain('href="vbscript');
    expect(html.toLowerCase()).not.toContain('href="data:');
    expect(html.toLowerCase()).not.toContain('src="javascript');
  });

  it('should keep http links with a safe rel when the source links to a news report', () => {
    const html = renderMarkdown('[report](https://news.example/story?a=1&b=2 "Title")');
    expect(html).toBe(
      '<p><a href="https://news.example/story?a=1&amp;b=2" title="Title" rel="nofollow noopener noreferrer">report</a></p>',
    );
  });

  it('should strip event handlers and scripts when given hostile HTML directly', () => {
    const html = sanitizeRichHtml(
      '<p onclick="x()">hi<script>bad()</script><a href="javascript:x()">l</a><iframe src="//x"></iframe></p>',
    );
    expect(html).toBe('<p>hi<a rel="nofollow noopener noreferrer">l</a></p>');
  });
});

describe('markdownToText', () => {
  it('should give readable text without markup when rendering an email text part', () => {
    expect(markdownToText('# Title\n\nA **bold** claim & more.\n\n- one\n- two')).toBe(
      'Title\n\nA bold claim & more.\n\n- one\n- two',
    );
  });
});
