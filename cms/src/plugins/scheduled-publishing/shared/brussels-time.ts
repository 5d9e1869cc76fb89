import { fromDate, parseZonedDateTime } from '@internationalized/date';
import { ZONE_TIME_ZONE } from '@zorgzone/config';

/** A date and a time of day as a Brussels clock shows them ("2026-12-02", "09:00"). */
export interface WallTime {
  date: string;
  time: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The instant a Brussels wall clock shows a date and time, whatever the editor's computer's
 * time zone and across summer time; null for something that is no date or time.
 */
export function brusselsInstant({ date, time }: WallTime): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  try {
    return parseZonedDateTime(`${date}T${time}[${ZONE_TIME_ZONE}]`).toDate().toISOString();
  } catch {
    return null;
  }
}

/** What a Brussels wall clock shows at an instant. */
export function brusselsWallTime(instant: Date): WallTime {
  const zoned = fromDate(instant, ZONE_TIME_ZONE);
  return {
    date: `${zoned.year}-${pad(zoned.month)}-${pad(zoned.day)}`,
    time: `${pad(zoned.hour)}:${pad(zoned.minute)}`,
  };
}
