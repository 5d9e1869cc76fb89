import { getLocale, type LocaleCode } from '@zorgzone/config';

/** Workshop dates are calendar days in Brussels; format them without any time-zone shift. */
export function formatDate(date: string, locale: LocaleCode, { weekday = true } = {}): string {
  return new Intl.DateTimeFormat(getLocale(locale).tag, {
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
  return new Intl.DateTimeFormat(getLocale(locale).tag, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

/** Today's date in Brussels as YYYY-MM-DD: a workshop on or after it is upcoming. */
export function todayInBrussels(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

export function isUpcoming(date: string, today = todayInBrussels()): boolean {
  return date >= today;
}
