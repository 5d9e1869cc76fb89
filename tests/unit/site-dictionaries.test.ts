import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../site/src/i18n/index.ts';
import fr from '../../site/src/i18n/fr.json';
import nl from '../../site/src/i18n/nl.json';

const raw: Record<'nl' | 'fr', Record<string, unknown>> = { nl, fr };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe('UI dictionaries', () => {
  it('have exactly the same keys in nl and fr', () => {
    expect(Object.keys(raw.fr).sort()).toEqual(Object.keys(raw.nl).sort());
  });

  for (const [locale, dictionary] of Object.entries(raw)) {
    it(`give every ${locale} key a non-empty string`, () => {
      const empty = Object.entries(dictionary)
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });
  }

  it('use the same {placeholders} in the nl and fr text of each key', () => {
    const mismatches = Object.keys(raw.nl)
      .map((key) => ({
        key,
        nl: placeholders(String(raw.nl[key])),
        fr: placeholders(String(raw.fr[key] ?? '')),
      }))
      .filter((entry) => entry.nl.join() !== entry.fr.join());
    expect(mismatches).toEqual([]);
  });

  it('are the dictionaries the site translates with', () => {
    expect(dictionaries).toEqual({ nl, fr });
  });
});

describe('useTranslations', () => {
  it('returns the text of a key in the chosen locale', () => {
    expect(useTranslations('nl')('nav.search')).toBe('Zoeken');
    expect(useTranslations('fr')('nav.search')).toBe('Rechercher');
  });

  it('fills each placeholder with its value', () => {
    expect(useTranslations('nl')('workshop.timeRange', { start: '14:00', end: '16:30' })).toBe(
      'van 14:00 tot 16:30'
    );
  });

  it('fills a placeholder with a number', () => {
    expect(useTranslations('fr')('workshop.participantCount', { count: 42 })).toBe(
      '42 participants'
    );
  });

  it('fills several different placeholders in one text', () => {
    expect(useTranslations('fr')('search.results', { count: 3, query: 'zorg' })).toBe(
      '3 résultats pour « zorg »'
    );
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(useTranslations('nl')('workshop.timeRange', { start: '14:00' })).toBe(
      'van 14:00 tot {end}'
    );
  });

  it('leaves every placeholder as it is when given no values', () => {
    expect(useTranslations('fr')('search.noResults')).toBe('Aucun résultat pour « {query} ».');
  });

  it('inserts values literally, without reading $ patterns', () => {
    expect(useTranslations('nl')('search.noResults', { query: "$& $' $1" })).toBe(
      "Geen resultaten voor “$& $' $1”."
    );
  });
});
