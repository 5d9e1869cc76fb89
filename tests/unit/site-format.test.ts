import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFileSize,
  formatTime,
  isUpcoming,
  todayInBrussels,
} from '../../site/src/lib/format.ts';

describe('formatDate', () => {
  it("writes '2025-10-16' as 'donderdag 16 oktober 2025' in nl", () => {
    expect(formatDate('2025-10-16', 'nl')).toBe('donderdag 16 oktober 2025');
  });

  it("writes '2025-10-16' as 'jeudi 16 octobre 2025' in fr", () => {
    expect(formatDate('2025-10-16', 'fr')).toBe('jeudi 16 octobre 2025');
  });

  it('keeps the first day of a year on that day', () => {
    expect(formatDate('2025-01-01', 'nl')).toBe('woensdag 1 januari 2025');
  });

  it('keeps the last day of a year on that day', () => {
    expect(formatDate('2025-12-31', 'fr')).toBe('mercredi 31 décembre 2025');
  });

  it('writes a leap day', () => {
    expect(formatDate('2024-02-29', 'nl')).toBe('donderdag 29 februari 2024');
  });

  it('leaves out the weekday when asked', () => {
    expect(formatDate('2025-10-16', 'nl', { weekday: false })).toBe('16 oktober 2025');
    expect(formatDate('2025-10-16', 'fr', { weekday: false })).toBe('16 octobre 2025');
  });

  describe('in a process time zone far from Brussels', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('writes the same day when the process runs at UTC+14', () => {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(new Date('2025-10-16T00:00:00Z').getTimezoneOffset()).toBe(-14 * 60);
      expect(formatDate('2025-10-16', 'nl')).toBe('donderdag 16 oktober 2025');
    });

    it('writes the same day when the process runs at UTC−11', () => {
      process.env.TZ = 'Pacific/Pago_Pago';
      expect(new Date('2025-10-16T00:00:00Z').getTimezoneOffset()).toBe(11 * 60);
      expect(formatDate('2025-10-16', 'fr')).toBe('jeudi 16 octobre 2025');
    });
  });
});

describe('formatTime', () => {
  it("writes '14:00:00.000' as '14:00' in nl", () => {
    expect(formatTime('14:00:00.000', 'nl')).toBe('14:00');
  });

  it("writes '14:00:00.000' as '14:00' in fr", () => {
    expect(formatTime('14:00:00.000', 'fr')).toBe('14:00');
  });

  it('pads hours and minutes to two digits', () => {
    expect(formatTime('09:05:00.000', 'nl')).toBe('09:05');
    expect(formatTime('09:05:00.000', 'fr')).toBe('09:05');
  });

  it('writes midnight as 00:00', () => {
    expect(formatTime('00:00:00.000', 'fr')).toBe('00:00');
  });

  it('reads a time without seconds', () => {
    expect(formatTime('23:59', 'nl')).toBe('23:59');
  });
});

describe('todayInBrussels', () => {
  it('is already the next day in Brussels just before midnight UTC in summer (UTC+2)', () => {
    expect(todayInBrussels(new Date('2025-10-15T22:30:00Z'))).toBe('2025-10-16');
  });

  it('is still the same day in Brussels just before midnight there in summer', () => {
    expect(todayInBrussels(new Date('2025-10-15T21:59:59Z'))).toBe('2025-10-15');
  });

  it('is already the next year in Brussels just before midnight UTC on New Year’s Eve (UTC+1)', () => {
    expect(todayInBrussels(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('is still the same day in Brussels just before midnight there in winter', () => {
    expect(todayInBrussels(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
  });

  it('is written as YYYY-MM-DD', () => {
    expect(todayInBrussels(new Date('2025-03-05T12:00:00Z'))).toBe('2025-03-05');
  });

  it("defaults to the current moment's date", () => {
    expect(todayInBrussels()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('isUpcoming', () => {
  it("counts a date on today's date as upcoming", () => {
    expect(isUpcoming('2025-10-16', '2025-10-16')).toBe(true);
  });

  it('counts a later date as upcoming', () => {
    expect(isUpcoming('2026-01-02', '2025-12-31')).toBe(true);
  });

  it('counts an earlier date as past', () => {
    expect(isUpcoming('2025-10-15', '2025-10-16')).toBe(false);
  });
});

describe('formatFileSize', () => {
  it('gives a download’s size as each language writes it, never as 0', () => {
    expect(formatFileSize(245_000, 'nl')).toBe('245 kB');
    expect(formatFileSize(1_450_000, 'nl')).toBe('1,5 MB');
    expect(formatFileSize(1_450_000, 'fr').replace(/\s/g, ' ')).toBe('1,5 Mo');
    expect(formatFileSize(120, 'nl')).toBe('1 kB');
  });
});
