import { describe, expect, it } from 'vitest';
import { contentHash } from '../../cms/src/plugins/translation-status/server/src/services/content-hash.ts';
import { countOpenWork } from '../../cms/src/plugins/translation-status/admin/src/openWork.ts';

describe('translation content hash', () => {
  it('ignores what Strapi renews on every save: ids, timestamps, key order', () => {
    const first = {
      title: 'Titel',
      programme: [{ id: 1, label: 'Actieraad', startTime: '12:00' }],
      updatedAt: 'a',
    };
    const second = {
      programme: [{ startTime: '12:00', label: 'Actieraad', id: 7 }],
      title: 'Titel',
      updatedAt: 'b',
    };
    expect(contentHash(first)).toBe(contentHash(second));
  });

  it('changes with the text, however small the change', () => {
    expect(contentHash({ summary: 'Een zin.' })).not.toBe(contentHash({ summary: 'Een zin' }));
    expect(contentHash({ programme: [{ label: 'A' }, { label: 'B' }] })).not.toBe(
      contentHash({ programme: [{ label: 'B' }, { label: 'A' }] })
    );
  });
});

describe('open translation work', () => {
  it('counts missing and outdated versions, not drafts waiting for publication', () => {
    const row = (
      states: Record<string, 'missing' | 'draft' | 'modified' | 'published' | 'outdated'>
    ) => ({
      contentType: 'api::theme.theme',
      kind: 'collectionType' as const,
      documentId: 'x',
      title: 'x',
      states,
    });
    expect(
      countOpenWork([
        row({ nl: 'published', fr: 'missing' }),
        row({ nl: 'outdated', fr: 'draft' }),
        row({ nl: 'modified', fr: 'published' }),
      ])
    ).toBe(2);
  });
});
