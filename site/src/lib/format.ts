import { getLocale, ZONE_TIME_ZONE, type LocaleCode } from '@zorgzone/config';

/**
 * One formatter per language and style, made once: each Intl.DateTimeFormat holds ICU data
 * outside the JavaScript heap, so making one per date (thousands per list page) grew a
 * 2,000-page build to gigabytes before the garbage collector noticed.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Workshop dates are calendar days in Brussels; format them without any time-zone shift. */
export function formatDate(date: string, locale: LocaleCode, { weekday = true } = {}): string {
  return formatter(getLocale(locale).tag, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "14:00:00.000" → "14:00" (nl-BE) or "14:00" (fr-BE), as each locale writes a time of day. */
export function formatTime(time: string, locale: LocaleCode): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return formatter(getLocale(locale).tag, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

/** Today's date in Brussels as YYYY-MM-DD: a workshop on or after it is upcoming. */
export function todayInBrussels(now = new Date()): string {
  return formatter('en-CA', { timeZone: ZONE_TIME_ZONE }).format(now);
}

export function isUpcoming(date: string, today = todayInBrussels()): boolean {
  return date >= today;
}

const sizeFormatters = new Map<string, Intl.NumberFormat>();

/** A file's size as a download link gives it: "240 kB", "1,4 MB" in the locale's own words. */
export function formatFileSize(bytes: number, locale: LocaleCode): string {
  const megabytes = bytes / 1_000_000;
  const unit = megabytes >= 1 ? 'megabyte' : 'kilobyte';
  const key = `${locale}|${unit}`;
  let sizes = sizeFormatters.get(key);
  if (!sizes) {
    sizes = new Intl.NumberFormat(getLocale(locale).tag, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
    });
    sizeFormatters.set(key, sizes);
  }
  return sizes.format(unit === 'megabyte' ? megabytes : Math.max(1, bytes / 1000));
}
