import { describe, expect, it } from 'vitest';
import { loginAsAdmin, request } from '../support/api.ts';

/** The fields each content type must have, and whether each is per language or shared. */
const expectedFields: Record<
  string,
  { localized: string[]; shared: string[]; relations: string[] }
> = {
  'api::workshop.workshop': {
    localized: [
      'title',
      'slug',
      'venue',
      'summary',
      'programme',
      'agendaTopics',
      'roundTables',
      'participants',
      'presentationFile',
      'presentationUrl',
      'resources',
      'seo',
    ],
    shared: ['number', 'date', 'startTime', 'endTime', 'participantCount'],
    relations: ['themes', 'teamMembers'],
  },
  'api::theme.theme': {
    localized: ['name', 'slug', 'shortDescription', 'description', 'seo'],
    shared: [],
    relations: ['workshops', 'focusEditions'],
  },
  'api::focus-edition.focus-edition': {
    localized: ['title', 'slug', 'summary', 'pdf', 'url', 'webinar', 'seo'],
    shared: ['edition', 'editionStatus', 'publicationDate'],
    relations: ['themes'],
  },
  'api::team-member.team-member': {
    localized: ['role', 'photoAlt', 'bio'],
    shared: ['name', 'photo', 'displayOrder', 'active'],
    relations: ['workshops'],
  },
  'api::site-setting.site-setting': {
    localized: [
      'siteName',
      'tagline',
      'legalForm',
      'registeredOffice',
      'legalEntitiesRegister',
      'address',
      'footerLines',
    ],
    shared: ['organisationName', 'enterpriseNumber', 'contactEmail', 'contactPhone'],
    relations: ['privacyStatement', 'accessibilityStatement'],
  },
  'api::home-page.home-page': {
    localized: ['title', 'intro', 'blocks'],
    shared: [],
    relations: [],
  },
  'api::page.page': {
    localized: ['title', 'slug', 'summary', 'blocks', 'reviewedOn', 'seo'],
    shared: ['position'],
    relations: ['parent', 'children'],
  },
  'api::navigation.navigation': {
    localized: ['header', 'footerColumns'],
    shared: [],
    relations: [],
  },
  'api::redirect.redirect': {
    localized: ['from', 'list', 'url', 'file', 'permanent', 'automatic', 'note'],
    shared: [],
    relations: ['page', 'workshop', 'theme', 'focusEdition'],
  },
};

interface Attribute {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

async function schemaOf(uid: string) {
  const response = await request<{
    data: {
      schema: {
        attributes: Record<string, Attribute>;
        draftAndPublish: boolean;
        pluginOptions?: { i18n?: { localized?: boolean } };
      };
    };
  }>(`/content-type-builder/content-types/${uid}`, { token: await loginAsAdmin() });
  expect(response.status).toBe(200);
  return response.body.data.schema;
}

describe('content model, as Strapi registered it', () => {
  for (const [uid, fields] of Object.entries(expectedFields)) {
    it(`gives ${uid} draft & publish, both languages, and the intended per-language and shared fields`, async () => {
      const schema = await schemaOf(uid);
      expect(schema.draftAndPublish).toBe(true);
      expect(schema.pluginOptions?.i18n?.localized).toBe(true);
      const attributes = schema.attributes;
      const ours = Object.keys(attributes).filter(
        (name) =>
          ![
            'createdAt',
            'updatedAt',
            'publishedAt',
            'createdBy',
            'updatedBy',
            'locale',
            'localizations',
          ].includes(name)
      );
      expect(ours.sort()).toEqual(
        [...fields.localized, ...fields.shared, ...fields.relations].sort()
      );
      for (const name of fields.localized)
        expect(attributes[name]?.pluginOptions?.i18n?.localized, name).toBe(true);
      for (const name of fields.shared)
        expect(attributes[name]?.pluginOptions?.i18n?.localized, name).toBe(false);
      for (const name of fields.relations) expect(attributes[name]?.type, name).toBe('relation');
    });
  }

  it('keeps round tables, whose themes are relations, localized: relations in shared components are dropped (strapi/strapi#27467)', async () => {
    const schema = await schemaOf('api::workshop.workshop');
    expect(schema.attributes.roundTables?.pluginOptions?.i18n?.localized).toBe(true);
  });

  it('marks every component and block zone of every type localized: Strapi would share an unmarked one across languages (strapi/strapi#25802)', async () => {
    for (const uid of Object.keys(expectedFields)) {
      const schema = await schemaOf(uid);
      for (const [name, attribute] of Object.entries(schema.attributes)) {
        if (attribute.type === 'component' || attribute.type === 'dynamiczone')
          expect(attribute.pluginOptions?.i18n?.localized, `${uid}.${name}`).toBe(true);
      }
    }
  });

  it('stores no e-mail address for team members, so none can be published', async () => {
    const schema = await schemaOf('api::team-member.team-member');
    expect(Object.values(schema.attributes).map((attribute) => attribute.type)).not.toContain(
      'email'
    );
  });

  it('offers editors exactly Dutch (default) and French', async () => {
    const response = await request<{ code: string; isDefault: boolean }[]>('/i18n/locales', {
      token: await loginAsAdmin(),
    });
    expect(
      response.body
        .map(({ code, isDefault }) => ({ code, isDefault }))
        .sort((a, b) => a.code.localeCompare(b.code))
    ).toEqual([
      { code: 'fr', isDefault: false },
      { code: 'nl', isDefault: true },
    ]);
  });
});
