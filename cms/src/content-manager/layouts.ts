/**
 * How the admin presents each content type to editors: list columns and sort order,
 * and the edit form's rows in the order an editor fills them in.
 */
export interface ListLayout {
  readonly mainField: string;
  readonly columns: readonly string[];
  readonly sortBy: string;
  readonly sortOrder: 'ASC' | 'DESC';
}

export interface ModelLayout {
  readonly list?: ListLayout;
  readonly editRows: readonly (readonly string[])[];
}

export const contentTypeLayouts: Readonly<Record<string, ModelLayout>> = {
  'api::workshop.workshop': {
    list: {
      mainField: 'title',
      columns: ['number', 'date', 'title', 'themes'],
      sortBy: 'date',
      sortOrder: 'DESC',
    },
    editRows: [
      ['number', 'date', 'startTime', 'endTime'],
      ['title', 'slug'],
      ['venue', 'participants', 'participantCount'],
      ['summary'],
      ['programme'],
      ['agendaTopics'],
      ['roundTables'],
      ['presentationFile', 'presentationUrl'],
      ['resources'],
      ['themes', 'teamMembers'],
      ['seo'],
    ],
  },
  'api::theme.theme': {
    list: {
      mainField: 'name',
      columns: ['name', 'shortDescription', 'workshops'],
      sortBy: 'name',
      sortOrder: 'ASC',
    },
    editRows: [
      ['name', 'slug'],
      ['shortDescription'],
      ['description'],
      ['workshops', 'focusEditions'],
      ['seo'],
    ],
  },
  'api::focus-edition.focus-edition': {
    list: {
      mainField: 'title',
      columns: ['edition', 'title', 'editionStatus', 'publicationDate'],
      sortBy: 'edition',
      sortOrder: 'DESC',
    },
    editRows: [
      ['edition', 'editionStatus', 'publicationDate'],
      ['title', 'slug'],
      ['summary'],
      ['pdf', 'url'],
      ['themes'],
      ['webinar'],
      ['seo'],
    ],
  },
  'api::team-member.team-member': {
    list: {
      mainField: 'name',
      columns: ['displayOrder', 'name', 'role', 'active'],
      sortBy: 'displayOrder',
      sortOrder: 'ASC',
    },
    editRows: [
      ['name', 'role'],
      ['photo', 'photoAlt'],
      ['bio'],
      ['displayOrder', 'active'],
      ['workshops'],
    ],
  },
  'api::site-setting.site-setting': {
    editRows: [
      ['siteName', 'tagline'],
      ['organisationName', 'legalForm'],
      ['enterpriseNumber', 'legalEntitiesRegister'],
      ['registeredOffice'],
      ['contactEmail', 'contactPhone'],
      ['address'],
      ['privacyStatement', 'accessibilityStatement'],
      ['footerLines'],
    ],
  },
  'api::home-page.home-page': {
    editRows: [['title'], ['intro'], ['blocks']],
  },
  'api::page.page': {
    list: {
      mainField: 'title',
      columns: ['title', 'slug', 'parent', 'position'],
      sortBy: 'position',
      sortOrder: 'ASC',
    },
    editRows: [
      ['title', 'slug'],
      ['parent', 'position'],
      ['summary'],
      ['blocks'],
      ['reviewedOn'],
      ['children'],
      ['seo'],
    ],
  },
  'api::navigation.navigation': {
    editRows: [['header'], ['footerColumns']],
  },
  'api::redirect.redirect': {
    list: {
      mainField: 'from',
      columns: ['from', 'permanent', 'automatic', 'note'],
      sortBy: 'from',
      sortOrder: 'ASC',
    },
    editRows: [
      ['from', 'permanent'],
      ['page', 'workshop'],
      ['theme', 'focusEdition'],
      ['list', 'url'],
      ['file'],
      ['note', 'automatic'],
    ],
  },
};

export const componentLayouts: Readonly<Record<string, ModelLayout>> = {
  'workshop.programme-item': { editRows: [['startTime', 'endTime', 'label']] },
  'workshop.agenda-topic': { editRows: [['title'], ['details']] },
  'workshop.round-table': { editRows: [['title'], ['body'], ['themes']] },
  'shared.link': { editRows: [['label', 'url'], ['description']] },
  'focus.webinar': { editRows: [['date', 'recordingUrl'], ['description']] },
  'site.footer-line': { editRows: [['text', 'url']] },
  'shared.seo': { editRows: [['metaTitle', 'noindex'], ['metaDescription'], ['socialImage']] },
  'shared.question': { editRows: [['question'], ['answer']] },
  'navigation.link': {
    editRows: [['label'], ['page', 'workshop'], ['theme', 'focusEdition'], ['list', 'url']],
  },
  'navigation.footer-column': { editRows: [['heading'], ['links']] },
  'blocks.rich-text': { editRows: [['body']] },
  'blocks.image': { editRows: [['image'], ['alt', 'decorative'], ['caption', 'credit']] },
  'blocks.call-to-action': { editRows: [['text'], ['link']] },
  'blocks.latest-items': { editRows: [['heading'], ['kind', 'count']] },
  'blocks.questions': { editRows: [['heading'], ['items']] },
  'blocks.contact-card': {
    editRows: [['heading', 'useSiteContact'], ['name', 'email'], ['phone'], ['address'], ['note']],
  },
  'blocks.file-download': { editRows: [['file'], ['label'], ['description']] },
};
