import { describe, expect, it } from 'vitest';
import {
  endsNotAfterStart,
  isFilled,
  isValidSlug,
  minutesOfDay,
} from '../../cms/src/validation/rules.ts';
import { pickAdminLanguage, validationMessages } from '../../cms/src/validation/messages.ts';

describe('time rules', () => {
  it('reads Strapi time values with and without seconds and milliseconds', () => {
    expect(minutesOfDay('14:30')).toBe(870);
    expect(minutesOfDay('14:30:00')).toBe(870);
    expect(minutesOfDay('14:30:00.000')).toBe(870);
    expect(minutesOfDay('25:00')).toBeNull();
    expect(minutesOfDay('2pm')).toBeNull();
  });

  it('flags an end at or before the start, and nothing when either end is open', () => {
    expect(endsNotAfterStart('14:00:00.000', '12:00:00.000')).toBe(true);
    expect(endsNotAfterStart('14:00', '14:00')).toBe(true);
    expect(endsNotAfterStart('14:00', '16:00')).toBe(false);
    expect(endsNotAfterStart('14:00', null)).toBe(false);
    expect(endsNotAfterStart(undefined, '12:00')).toBe(false);
  });
});

describe('slug rule', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(isValidSlug('veranderatelier-9')).toBe(true);
    expect(isValidSlug('focus-8')).toBe(true);
  });

  it('rejects capitals, accents, spaces, double or outer hyphens', () => {
    for (const slug of [
      'Focus-8',
      'atelier-été',
      'atelier 9',
      'atelier--9',
      '-atelier',
      'atelier-',
    ]) {
      expect(isValidSlug(slug), slug).toBe(false);
    }
  });
});

describe('required rule', () => {
  it('treats empty strings, empty lists and empty rich text as missing', () => {
    expect(isFilled('')).toBe(false);
    expect(isFilled('  ')).toBe(false);
    expect(isFilled(null)).toBe(false);
    expect(isFilled([])).toBe(false);
    expect(isFilled([{ type: 'paragraph', children: [{ type: 'text', text: '' }] }])).toBe(false);
    expect(isFilled([{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst' }] }])).toBe(
      true
    );
    expect(isFilled(0)).toBe(true);
    expect(isFilled('Titel')).toBe(true);
  });
});

describe('validation messages', () => {
  it('have the same messages in English, Dutch and French', () => {
    const keys = (language: 'en' | 'nl' | 'fr') => Object.keys(validationMessages(language)).sort();
    expect(keys('nl')).toEqual(keys('en'));
    expect(keys('fr')).toEqual(keys('en'));
  });

  it('choose the admin user’s language first, then the browser’s, then English', () => {
    expect(pickAdminLanguage('fr', 'nl-BE,nl;q=0.9')).toBe('fr');
    expect(pickAdminLanguage(null, 'de-DE,fr-BE;q=0.8')).toBe('fr');
    expect(pickAdminLanguage(undefined, 'nl-BE')).toBe('nl');
    expect(pickAdminLanguage(null, 'de-DE')).toBe('en');
    expect(pickAdminLanguage(null, undefined)).toBe('en');
  });
});
