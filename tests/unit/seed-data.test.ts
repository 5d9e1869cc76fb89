import { describe, expect, it } from 'vitest';
import { fr } from '../../cms/seed/fr.ts';
import { nl } from '../../cms/seed/nl.ts';
import { shared } from '../../cms/seed/shared.ts';
import { isValidSlug } from '../../cms/src/validation/rules.ts';
import { toBlocks } from '../../cms/src/seed/rich-text.ts';
import { isRedirectPath } from '@zorgzone/config';

describe('seed data', () => {
  for (const [locale, texts] of Object.entries({ nl, fr })) {
    it(`gives the ${locale} texts one entry for every shared fact`, () => {
      expect(Object.keys(texts.themes).sort()).toEqual([...shared.themes].sort());
      expect(texts.workshops).toHaveLength(shared.workshops.length);
      shared.workshops.forEach((workshop, index) => {
        const localized = texts.workshops[index]!;
        expect(localized.programme).toHaveLength(workshop.programme.length);
        expect(localized.roundTables).toHaveLength(workshop.roundTables.length);
        expect(localized.resources).toHaveLength(workshop.resources.length);
      });
      expect(texts.focusEditions).toHaveLength(shared.focusEditions.length);
      expect(texts.siteSettings.footerLines).toHaveLength(shared.footerLinks.length);
      expect(Object.keys(texts.pages).sort()).toEqual(Object.keys(shared.pages).sort());
    });

    it(`gives every ${locale} page the same blocks, in the same order, as the Dutch`, () => {
      for (const [key, page] of Object.entries(texts.pages)) {
        const dutch = nl.pages[key as keyof typeof nl.pages];
        expect(
          page.blocks.map((block) => block.kind),
          key
        ).toEqual(dutch.blocks.map((block) => block.kind));
      }
      expect(texts.homePage.blocks.map((block) => block.kind)).toEqual(
        nl.homePage.blocks.map((block) => block.kind)
      );
      expect(texts.navigation.header.map((link) => link.to)).toEqual(
        nl.navigation.header.map((link) => link.to)
      );
    });

    it(`uses valid, distinct ${locale} slugs`, () => {
      const slugs = [
        ...Object.values(texts.themes),
        ...texts.workshops,
        ...texts.focusEditions,
        ...Object.values(texts.pages),
      ].map((entry) => entry.slug);
      for (const slug of slugs) expect(isValidSlug(slug), slug).toBe(true);
      expect(new Set(slugs).size).toBe(slugs.length);
    });
  }

  it('is a translation, not a copy: every French title differs from the Dutch', () => {
    nl.workshops.forEach((workshop, index) =>
      expect(fr.workshops[index]!.title).not.toBe(workshop.title)
    );
    nl.workshops.forEach((workshop, index) =>
      workshop.roundTables.forEach((table, tableIndex) =>
        expect(fr.workshops[index]!.roundTables[tableIndex]!.body).not.toEqual(table.body)
      )
    );
  });
});

describe('seed redirects', () => {
  it('start with one slash and name a seeded workshop, page or list', () => {
    for (const redirect of shared.redirects) {
      expect(isRedirectPath(redirect.from), redirect.from).toBe(true);
      if ('workshop' in redirect.to) {
        const { workshop } = redirect.to;
        expect(shared.workshops.map((entry) => entry.number)).toContain(workshop);
      }
    }
  });

  it('keep the old site’s addresses that the reports link to', () => {
    expect(shared.redirects.map((redirect) => redirect.from)).toEqual(
      expect.arrayContaining(['/events/veranderatelier-9/'])
    );
  });
});

describe('seed rich text', () => {
  it('turns "## " into a heading and [text](url) into a link', () => {
    expect(
      toBlocks(['## Rechten', 'Zie [de site](https://example.org/) of [contact](/nl/contact/).'])
    ).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Rechten' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Zie ' },
          {
            type: 'link',
            url: 'https://example.org/',
            children: [{ type: 'text', text: 'de site' }],
          },
          { type: 'text', text: ' of ' },
          { type: 'link', url: '/nl/contact/', children: [{ type: 'text', text: 'contact' }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('turns paragraphs into paragraph blocks and "• " lines into a bulleted list', () => {
    expect(toBlocks(['Een zin.', '• een\n• twee'])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Een zin.' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'een' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'twee' }] },
        ],
      },
    ]);
  });
});
