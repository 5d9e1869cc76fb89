import { describe, expect, it } from 'vitest';
import { defaultLocale, getLocale, isLocaleCode, localeCodes } from '@zorgzone/config';

describe('shared locale settings', () => {
  it('publish in Dutch (default) and French, tagged for Belgium', () => {
    expect(localeCodes).toEqual(['nl', 'fr']);
    expect(defaultLocale).toBe('nl');
    expect(getLocale('nl').tag).toBe('nl-BE');
    expect(getLocale('fr').tag).toBe('fr-BE');
  });

  it('recognise only our locale codes', () => {
    expect(isLocaleCode('fr')).toBe(true);
    expect(isLocaleCode('en')).toBe(false);
    expect(isLocaleCode(undefined)).toBe(false);
    expect(() => getLocale('de')).toThrow(/Unknown locale "de"/);
  });
});
