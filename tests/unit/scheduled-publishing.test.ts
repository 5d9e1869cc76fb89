import { describe, expect, it } from 'vitest';
import {
  brusselsInstant,
  brusselsWallTime,
} from '../../cms/src/plugins/scheduled-publishing/shared/brussels-time.ts';

describe('scheduling in Brussels time', () => {
  it('reads a wall-clock time in Brussels, in winter and in summer', () => {
    expect(brusselsInstant({ date: '2026-12-02', time: '09:00' })).toBe('2026-12-02T08:00:00.000Z');
    expect(brusselsInstant({ date: '2026-06-16', time: '09:00' })).toBe('2026-06-16T07:00:00.000Z');
  });

  it('shows an instant as a Brussels clock does, whatever the computer’s own zone', () => {
    expect(brusselsWallTime(new Date('2026-12-01T23:30:00.000Z'))).toEqual({
      date: '2026-12-02',
      time: '00:30',
    });
    expect(
      brusselsWallTime(new Date(brusselsInstant({ date: '2027-03-28', time: '03:15' })!))
    ).toEqual({
      date: '2027-03-28',
      time: '03:15',
    });
  });

  it('refuses what is no date or time', () => {
    expect(brusselsInstant({ date: '', time: '09:00' })).toBeNull();
    expect(brusselsInstant({ date: '2026-02-30', time: '09:00' })).toBeNull();
    expect(brusselsInstant({ date: '2026-12-02', time: '9h' })).toBeNull();
  });
});
