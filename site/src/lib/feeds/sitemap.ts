import { escapeXml } from './xml';

/** A page of the sitemap and the same page in other languages (itself and x-default included). */
export interface SitemapEntry {
  readonly url: string;
  readonly alternates: readonly { readonly hreflang: string; readonly url: string }[];
}

/** A sitemap document whose entries list their language alternates as xhtml:link elements. */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) =>
    [
      '  <url>',
      `    <loc>${escapeXml(entry.url)}</loc>`,
      ...entry.alternates.map(
        (alternate) =>
          `    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.url)}"/>`
      ),
      '  </url>',
    ].join('\n')
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
