import type { OpenGraph } from '../../core/link.js';
import { escapeHtml } from './html.js';

/**
 * What a link-preview fetcher (Slack, WhatsApp, Facebook's crawler…) gets for a link with Open
 * Graph fields: the marketer's title, description and image, and a plain link onward. No
 * `og:url` pointing elsewhere: Facebook refuses cross-domain canonicals (docs/pixels.md §4.2).
 */
export function previewPage(og: OpenGraph, destination: string): string {
  const meta = (property: string, value: string | undefined) =>
    value ? `<meta property="${property}" content="${escapeHtml(value)}">` : '';
  const title = og.title ?? '';
  return (
    `<!doctype html><html><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)}</title>` +
    meta('og:title', og.title) +
    meta('og:description', og.description) +
    meta('og:image', og.image) +
    meta('og:type', 'website') +
    `<meta name="twitter:card" content="${og.image ? 'summary_large_image' : 'summary'}">` +
    `</head><body><a href="${escapeHtml(destination)}">${escapeHtml(title || destination)}</a></body></html>`
  );
}
