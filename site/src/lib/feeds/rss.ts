import { escapeXml } from './xml';

/** One entry of an RSS feed. */
export interface RssItem {
  readonly title: string;
  readonly url: string;
  readonly description: string;
  /** Calendar day, YYYY-MM-DD. */
  readonly date: string;
  readonly guid: string;
}

/** An RSS channel and its entries. */
export interface RssFeed {
  readonly title: string;
  readonly description: string;
  /** The HTML page the channel corresponds to. */
  readonly siteUrl: string;
  /** Where the feed itself is published, for atom:link rel="self". */
  readonly feedUrl: string;
  /** BCP 47 tag such as 'nl-BE'. */
  readonly language: string;
  readonly items: readonly RssItem[];
}

/** A calendar day as an RFC 822 date: midnight UTC, e.g. "Thu, 16 Oct 2025 00:00:00 GMT". */
export function rfc822Date(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new Error(`Expected a YYYY-MM-DD date, got "${date}"`);
  const time = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(time.getTime())) throw new Error(`Invalid date "${date}"`);
  return time.toUTCString();
}

/** An RSS 2.0 document for a feed. */
export function renderRss(feed: RssFeed): string {
  // The newest entry dates the feed, so that rebuilding unchanged content yields identical output.
  const newest = feed.items
    .map((item) => item.date)
    .sort()
    .at(-1);
  const items = feed.items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="${item.guid === item.url}">${escapeXml(item.guid)}</guid>`,
      `      <pubDate>${rfc822Date(item.date)}</pubDate>`,
      `      <description>${escapeXml(item.description)}</description>`,
      '    </item>',
    ].join('\n')
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.siteUrl)}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    `    <language>${escapeXml(feed.language)}</language>`,
    `    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${rfc822Date(newest)}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
