import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * Pages are Preact components rendered to a string on the server (docs/decisions/web-layer.md).
 * Every string a component puts in the tree is escaped by the renderer; the only way to insert
 * markup is `dangerouslySetInnerHTML`, used solely for HTML that `renderMarkdown` sanitized.
 */
export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
