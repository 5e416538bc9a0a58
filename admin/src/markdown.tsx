import { Typography } from '@mantine/core';
import { useEffect, useState } from 'react';

type Render = (source: string) => string;
let renderer: Promise<Render> | null = null;

/**
 * The same Markdown dialect the API renders (markdown-it with raw HTML off and its link
 * validator on, see src/common/markdown.ts), loaded on first use so it stays out of the main
 * bundle. Raw HTML in the source comes out as text, so the preview cannot run script; the API
 * additionally sanitizes what it stores.
 */
function load(): Promise<Render> {
  renderer ??= import('markdown-it').then(({ default: MarkdownIt }) => {
    const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
    return (s: string) => md.render(s);
  });
  return renderer;
}

export function MarkdownPreview({ source, label }: { source: string; label: string }) {
  const [html, setHtml] = useState('');
  useEffect(() => {
    let live = true;
    void load().then((render) => live && setHtml(render(source)));
    return () => {
      live = false;
    };
  }, [source]);
  return (
    <Typography>
      <div aria-label={label} role="region" data-testid="markdown-preview" dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
