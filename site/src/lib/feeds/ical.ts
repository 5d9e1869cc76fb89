import { ZONE_TIME_ZONE } from '@zorgzone/config';
import type { Workshop } from '../strapi/models';

/** One event of a calendar; times are wall-clock times in Brussels. */
export interface CalendarEvent {
  /** Stable across builds and languages, so that clients update the event instead of duplicating it. */
  readonly uid: string;
  readonly title: string;
  readonly description: string | null;
  /** Absolute URL of the event's page. */
  readonly url: string;
  /** Calendar day, YYYY-MM-DD. */
  readonly date: string;
  /** 'HH:mm:ss.SSS' (or 'HH:mm'); without it the event lasts the whole day. */
  readonly startTime?: string | null;
  readonly endTime?: string | null;
  readonly location?: string | null;
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
}

/** A calendar: its display name, its events and the PRODID of the software that made it. */
export interface Calendar {
  readonly name: string;
  readonly events: readonly CalendarEvent[];
  readonly productId: string;
}

const timeZone = ZONE_TIME_ZONE;

/** Central European rules since 1996: summer time from the last Sunday of March to that of October. */
const brusselsTimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${timeZone}`,
  `X-LIC-LOCATION:${timeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Text escaped as an RFC 5545 TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // RFC 5545 allows no other control characters in TEXT.
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** A content line folded at 75 octets (UTF-8), continuation lines starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // Iterating by code point keeps multi-byte characters (and surrogate pairs) whole.
  for (const char of line) {
    const length = utf8Length(char);
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + length > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function parseDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Expected a YYYY-MM-DD date, got "${date}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function icalDate(year: number, month: number, day: number): string {
  const moment = new Date(Date.UTC(year, month - 1, day));
  return moment.toISOString().slice(0, 10).replace(/-/g, '');
}

function icalTime(time: string): string {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(time);
  if (!match) throw new Error(`Expected an HH:mm:ss time, got "${time}"`);
  return `${match[1]}${match[2]}${match[3] ?? '00'}`;
}

function utcStamp(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) throw new Error(`Invalid timestamp "${iso}"`);
  return moment
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

function eventLines(event: CalendarEvent): string[] {
  const [year, month, day] = parseDate(event.date);
  const date = icalDate(year, month, day);
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcStamp(event.updatedAt)}`];
  if (event.startTime) {
    const start = icalTime(event.startTime);
    lines.push(`DTSTART;TZID=${timeZone}:${date}T${start}`);
    const end = event.endTime ? icalTime(event.endTime) : null;
    // Without an end (or with one not after the start) the event has no length, which RFC 5545 allows.
    if (end && end > start) lines.push(`DTEND;TZID=${timeZone}:${date}T${end}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${date}`, `DTEND;VALUE=DATE:${icalDate(year, month, day + 1)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  // Many clients never show the URL property, so the description repeats the link.
  const description = [event.description, event.url].filter(Boolean).join('\n\n');
  lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  lines.push(`URL:${event.url}`, 'END:VEVENT');
  return lines;
}

/** An RFC 5545 iCalendar document: CRLF line endings, lines folded at 75 octets. */
export function renderCalendar({ name, events, productId }: Calendar): string {
  const timed = events.some((event) => event.startTime);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...(timed ? brusselsTimezone : []),
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A workshop as a calendar event; the same UID in every language, as it is the same event. */
export function workshopEvent(workshop: Workshop, url: string): CalendarEvent {
  return {
    uid: `workshop-${workshop.documentId}@zorgzone-zuid`,
    title: workshop.title,
    description: workshop.summary,
    url,
    date: workshop.date,
    startTime: workshop.startTime,
    endTime: workshop.endTime,
    location: workshop.venue,
    updatedAt: workshop.updatedAt,
  };
}

/** The PRODID of the site's calendars, one per language. */
export function calendarProductId(locale: string): string {
  return `-//Zorgzone Zuid//Veranderateliers//${locale.toUpperCase()}`;
}
