import { describe, expect, it } from 'vitest';
import {
  compareFields,
  richTextToPlain,
  valueText,
} from '../../cms/src/plugins/content-history/shared/field-text.ts';
import { versionsToPrune } from '../../cms/src/plugins/content-history/shared/pruning.ts';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000).toISOString();

describe('pruning the history of one document’s language', () => {
  const limits = { keepLatest: 3, keepPublishedMonths: 12 };

  it('keeps the newest versions, whatever they are, and nothing else', () => {
    const versions = [1, 2, 3, 4, 5].map((id) => ({
      id,
      action: 'update',
      createdAt: daysAgo(10 - id),
    }));
    expect(versionsToPrune(versions, limits, NOW)).toEqual([2, 1]);
  });

  it('keeps besides every publication younger than the limit, and lets older ones go', () => {
    const versions = [
      { id: 1, action: 'publish', createdAt: daysAgo(400) },
      { id: 2, action: 'publish', createdAt: daysAgo(300) },
      { id: 3, action: 'update', createdAt: daysAgo(200) },
      { id: 4, action: 'update', createdAt: daysAgo(3) },
      { id: 5, action: 'update', createdAt: daysAgo(2) },
      { id: 6, action: 'update', createdAt: daysAgo(1) },
    ];
    expect(versionsToPrune(versions, limits, NOW).sort()).toEqual([1, 3]);
  });

  it('counts a year back on the calendar, and orders versions of the same moment by id', () => {
    const sameMoment = daysAgo(1);
    const versions = [
      { id: 10, action: 'update', createdAt: sameMoment },
      { id: 11, action: 'update', createdAt: sameMoment },
      { id: 12, action: 'publish', createdAt: '2025-12-01T12:00:00.000Z' },
      { id: 13, action: 'publish', createdAt: '2025-12-01T11:59:59.999Z' },
    ];
    expect(versionsToPrune(versions, { keepLatest: 1, keepPublishedMonths: 12 }, NOW)).toEqual([
      10, 13,
    ]);
  });

  it('prunes nothing while there are fewer versions than the limit', () => {
    expect(
      versionsToPrune([{ id: 1, action: 'create', createdAt: daysAgo(900) }], limits, NOW)
    ).toEqual([]);
  });
});

describe('content as an editor reads it', () => {
  it('turns rich text into its paragraphs, with list items on their own lines', () => {
    expect(
      richTextToPlain([
        { type: 'heading', children: [{ type: 'text', text: 'Titel' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Zie ' },
            { type: 'link', children: [{ type: 'text', text: 'de site' }] },
          ],
        },
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'één' }] },
            { type: 'list-item', children: [{ type: 'text', text: 'twee' }] },
          ],
        },
      ])
    ).toBe('Titel\n\nZie de site\n\n1. één\n2. twee');
  });

  it('writes plain values as text, and an empty one as nothing', () => {
    expect([null, undefined, true, false, 12, 'tekst'].map(valueText)).toEqual([
      '',
      '',
      '✓',
      '✗',
      '12',
      'tekst',
    ]);
  });

  it('pairs the fields of a version with those of the current draft, also when one side lacks one', () => {
    expect(
      compareFields(
        { title: 'Oud', summary: 'Zelfde' },
        { title: 'Nieuw', summary: 'Zelfde', seo: 'x' }
      )
    ).toEqual([
      { name: 'title', before: 'Oud', after: 'Nieuw' },
      { name: 'summary', before: 'Zelfde', after: 'Zelfde' },
      { name: 'seo', before: '', after: 'x' },
    ]);
    expect(compareFields({ title: 'Oud' }, null)).toEqual([
      { name: 'title', before: 'Oud', after: '' },
    ]);
  });
});
