import { escapeHtml, html, layout, paragraphs, raw, safeUrl, textFooter } from './html.js';

describe('mail html helpers', () => {
  it('should escape every interpolated value when building html', () => {
    const name = '<img src=x onerror="alert(1)">&\'`';
    expect(html`<p>${name}</p>`.value).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;&#96;</p>');
  });

  it('should keep nested safe html and raw markup as they are', () => {
    expect(html`<div>${html`<b>${'<x>'}</b>`}${raw('<hr>')}</div>`.value).toBe('<div><b>&lt;x&gt;</b><hr></div>');
  });

  it('should refuse javascript and data urls when a link is built', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl(' data:text/html,x')).toBe('#');
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('mailto:a@example.org')).toBe('mailto:a@example.org');
  });

  it('should keep line breaks and escape markup when text becomes paragraphs', () => {
    expect(paragraphs('a <b>\nc\n\nd').value).toBe(
      '<p style="margin:0 0 16px">a &lt;b&gt;<br>c</p><p style="margin:0 0 16px">d</p>',
    );
  });

  it('should lay Arabic out right-to-left and English left-to-right', () => {
    expect(layout({ locale: 'ar', title: 'عنوان', body: html`<p>نص</p>` })).toContain('<html lang="ar" dir="rtl">');
    expect(layout({ locale: 'en', title: 'Title', body: html`<p>x</p>` })).toContain('<html lang="en" dir="ltr">');
  });

  it('should show the unsubscribe and preferences links in the footer when they are given', () => {
    const out = layout({
      locale: 'en',
      title: 't',
      body: html``,
      campaignName: 'A & B',
      links: { unsubscribe: 'https://x.org/u?token=1&a=2', preferences: 'https://x.org/p' },
    });
    expect(out).toContain('href="https://x.org/u?token=1&amp;a=2"');
    expect(out).toContain('You receive this because you support A &amp; B.');
    expect(escapeHtml(null)).toBe('');
  });

  it("should link the campaign's privacy page in the footer, in the message's language, HTML and text", () => {
    const privacy = 'https://x.org/c/camp/privacy?locale=ar';
    const out = layout({ locale: 'ar', title: 't', body: html``, campaignName: 'حملة', links: { privacy } });
    expect(out).toContain(`href="${privacy}"`);
    expect(out).toContain('كيف نتعامل مع بياناتك');
    expect(textFooter('ar', 'حملة', { privacy })).toContain(`كيف نتعامل مع بياناتك: ${privacy}`);
    expect(layout({ locale: 'en', title: 't', body: html``, campaignName: 'A' })).not.toContain('privacy');
  });
});
