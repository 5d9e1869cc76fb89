import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderCalendar, type CalendarEvent } from '../../site/src/lib/feeds/ical.ts';
import { renderRss } from '../../site/src/lib/feeds/rss.ts';
import { renderSitemap } from '../../site/src/lib/feeds/sitemap.ts';
import { escapeXml } from '../../site/src/lib/feeds/xml.ts';

const hostile = '<script>alert(1)</script> & "quotes"';

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['item', 'url', 'xhtml:link'].includes(name),
});

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Registering the calendar's own VTIMEZONE lets ical.js convert local times with its rules.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)),
  };
}

const timed: CalendarEvent = {
  uid: 'workshop-abc123@zorgzone-zuid',
  title: 'Veranderatelier 9: zorg, welzijn; samen',
  description: 'Verslag van het atelier',
  url: 'https://example.org/nl/veranderateliers/veranderatelier-9/',
  date: '2025-10-16',
  startTime: '14:00:00.000',
  endTime: '16:30:00.000',
  location: 'Gemeentehuis, Halle',
  updatedAt: '2025-09-01T08:15:30.123Z',
};

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });
});

describe('renderRss', () => {
  const feed = renderRss({
    title: 'Zorgzone Zuid – veranderateliers',
    description: 'Verslagen',
    siteUrl: 'https://example.org/nl/veranderateliers/',
    feedUrl: 'https://example.org/nl/rss.xml',
    language: 'nl-BE',
    items: [
      {
        title: hostile,
        url: 'https://example.org/nl/veranderateliers/b/?a=1&b=2',
        description: 'Tweede',
        date: '2025-10-16',
        guid: 'workshop-b',
      },
      {
        title: 'Eerste',
        url: 'https://example.org/nl/veranderateliers/a/',
        description: '',
        date: '2025-03-02',
        guid: 'workshop-a',
      },
    ],
  });
  const channel = xml.parse(feed).rss.channel;

  it('is RSS 2.0 with a self link and the channel details', () => {
    expect(xml.parse(feed).rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('Zorgzone Zuid – veranderateliers');
    expect(channel.language).toBe('nl-BE');
    expect(channel['atom:link']).toMatchObject({
      '@_href': 'https://example.org/nl/rss.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('lists the items in the given order with RFC 822 dates', () => {
    expect(channel.item.map((item: any) => item.link)).toEqual([
      'https://example.org/nl/veranderateliers/b/?a=1&b=2',
      'https://example.org/nl/veranderateliers/a/',
    ]);
    expect(channel.item[0].pubDate).toBe('Thu, 16 Oct 2025 00:00:00 GMT');
    expect(channel.item[1].pubDate).toBe('Sun, 02 Mar 2025 00:00:00 GMT');
    expect(channel.item[0].guid).toMatchObject({ '#text': 'workshop-b', '@_isPermaLink': 'false' });
  });

  it('keeps markup in titles as text', () => {
    expect(feed).not.toContain('<script>');
    expect(channel.item[0].title).toBe(hostile);
  });
});

describe('renderCalendar', () => {
  const allDay: CalendarEvent = {
    uid: 'workshop-def456@zorgzone-zuid',
    title: 'Atelier zonder uur',
    description: null,
    url: 'https://example.org/nl/veranderateliers/zonder-uur/',
    date: '2025-12-31',
    startTime: null,
    updatedAt: '2025-09-01T08:15:30.000Z',
  };
  const text = renderCalendar({
    name: 'Zorgzone Zuid – veranderateliers',
    productId: '-//Zorgzone Zuid//Veranderateliers//NL',
    events: [timed, allDay],
  });

  it('is a published Gregorian calendar with CRLF line endings', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { calendar } = parseCalendar(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Zorgzone Zuid//Veranderateliers//NL');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Zorgzone Zuid – veranderateliers');
  });

  it('places timed events in Brussels local time, with summer and winter offsets', () => {
    const winter = { ...timed, uid: 'winter@test', date: '2025-12-11' };
    const { events } = parseCalendar(
      renderCalendar({ name: 'x', productId: '-//x//x//NL', events: [timed, winter] })
    );
    const [summer, december] = events;
    expect(summer!.summary).toBe(timed.title);
    expect(summer!.location).toBe('Gemeentehuis, Halle');
    expect(summer!.startDate.zone?.tzid).toBe('Europe/Brussels');
    expect(summer!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(
      'Europe/Brussels'
    );
    expect(summer!.startDate.toString()).toBe('2025-10-16T14:00:00');
    expect(summer!.endDate.toString()).toBe('2025-10-16T16:30:00');
    expect(summer!.startDate.toJSDate().toISOString()).toBe('2025-10-16T12:00:00.000Z');
    expect(december!.startDate.toJSDate().toISOString()).toBe('2025-12-11T13:00:00.000Z');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20251016T140000\r\n');
    expect(text).toContain('DTSTAMP:20250901T081530Z\r\n');
    expect(summer!.component.getFirstPropertyValue('url')).toBe(timed.url);
    expect(summer!.description).toContain('Verslag van het atelier');
  });

  it('makes a workshop without a time an all-day event', () => {
    const event = parseCalendar(text).events[1]!;
    expect(text).toContain('DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-12-31');
    expect(event.endDate.toString()).toBe('2026-01-01');
  });

  it('omits DTEND when a timed event has no end', () => {
    const open = renderCalendar({
      name: 'x',
      productId: '-//x//x//NL',
      events: [{ ...timed, endTime: null }],
    });
    expect(open).toContain('DTSTART;TZID=Europe/Brussels:20251016T140000');
    expect(open).not.toContain('DTEND');
  });

  it('leaves out the time zone when every event is all-day', () => {
    const plain = renderCalendar({ name: 'x', productId: '-//x//x//NL', events: [allDay] });
    expect(plain).not.toContain('VTIMEZONE');
  });

  it('escapes TEXT values so they round-trip', () => {
    const title = 'Zorg, welzijn; samen \\ verder\nnieuwe regel';
    const { events } = parseCalendar(
      renderCalendar({ name: 'a, b; c', productId: '-//x//x//NL', events: [{ ...timed, title }] })
    );
    expect(events[0]!.summary).toBe(title);
    expect(text).toContain('SUMMARY:Veranderatelier 9: zorg\\, welzijn\\; samen\r\n');
  });

  it('folds lines at 75 octets without splitting characters', () => {
    const description = 'Één café’s “overleg” à Bruxelles — 😀 '.repeat(12).trim();
    const title = `${'é'.repeat(40)}’${'x'.repeat(40)}`;
    const folded = renderCalendar({
      name: 'x',
      productId: '-//x//x//NL',
      events: [{ ...timed, title, description }],
    });
    const lines = folded.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split surrogate pair would not survive the trip through UTF-8.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    const unfolded = folded.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${title}\r\n`);
    const event = parseCalendar(folded).events[0]!;
    expect(event.summary).toBe(title);
    expect(event.description).toBe(`${description}\n\n${timed.url}`);
  });
});

describe('renderSitemap', () => {
  const sitemap = renderSitemap([
    {
      url: 'https://example.org/nl/?a=1&b=2',
      alternates: [
        { hreflang: 'nl-BE', url: 'https://example.org/nl/?a=1&b=2' },
        { hreflang: 'fr-BE', url: 'https://example.org/fr/' },
        { hreflang: 'x-default', url: 'https://example.org/nl/?a=1&b=2' },
      ],
    },
    {
      url: 'https://example.org/fr/seul/',
      alternates: [{ hreflang: 'fr-BE', url: 'https://example.org/fr/seul/' }],
    },
  ]);
  const urlset = xml.parse(sitemap).urlset;

  it('lists each page with its alternates', () => {
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    expect(urlset.url.map((entry: any) => entry.loc)).toEqual([
      'https://example.org/nl/?a=1&b=2',
      'https://example.org/fr/seul/',
    ]);
    expect(
      urlset.url[0]['xhtml:link'].map((link: any) => [
        link['@_rel'],
        link['@_hreflang'],
        link['@_href'],
      ])
    ).toEqual([
      ['alternate', 'nl-BE', 'https://example.org/nl/?a=1&b=2'],
      ['alternate', 'fr-BE', 'https://example.org/fr/'],
      ['alternate', 'x-default', 'https://example.org/nl/?a=1&b=2'],
    ]);
    expect(urlset.url[1]['xhtml:link']).toHaveLength(1);
  });
});
