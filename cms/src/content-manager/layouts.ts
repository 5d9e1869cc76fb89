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
      ['contactEmail', 'contactPhone'],
      ['address'],
      ['footerLines'],
      ['links'],
    ],
  },
  'api::home-page.home-page': {
    editRows: [['title'], ['intro']],
  },
};

export const componentLayouts: Readonly<Record<string, ModelLayout>> = {
  'workshop.programme-item': { editRows: [['startTime', 'endTime', 'label']] },
  'workshop.agenda-topic': { editRows: [['title'], ['details']] },
  'workshop.round-table': { editRows: [['title'], ['body'], ['themes']] },
  'shared.link': { editRows: [['label', 'url'], ['description']] },
  'focus.webinar': { editRows: [['date', 'recordingUrl'], ['description']] },
  'site.footer-line': { editRows: [['text', 'url']] },
};
