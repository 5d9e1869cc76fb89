import type { Schema, Struct } from '@strapi/strapi';

export interface BlocksCallToAction extends Struct.ComponentSchema {
  collectionName: 'components_blocks_calls_to_action';
  info: {
    description: 'A short invitation and one prominent link';
    displayName: 'Call to action';
    icon: 'cursor';
  };
  attributes: {
    link: Schema.Attribute.Component<'navigation.link', false> & Schema.Attribute.Required;
    text: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface BlocksContactCard extends Struct.ComponentSchema {
  collectionName: 'components_blocks_contact_cards';
  info: {
    description: 'Who to contact and how; empty fields are left out';
    displayName: 'Contact card';
    icon: 'envelop';
  };
  attributes: {
    address: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 400;
      }>;
    email: Schema.Attribute.Email;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    useSiteContact: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
  };
}

export interface BlocksFileDownload extends Struct.ComponentSchema {
  collectionName: 'components_blocks_file_downloads';
  info: {
    description: 'A document to download, with its type and size';
    displayName: 'File download';
    icon: 'filePdf';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    file: Schema.Attribute.Media<'files' | 'images'> & Schema.Attribute.Required;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface BlocksImage extends Struct.ComponentSchema {
  collectionName: 'components_blocks_images';
  info: {
    description: 'A photo or illustration with its description, caption and credit';
    displayName: 'Image';
    icon: 'picture';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    decorative: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

export interface BlocksLatestItems extends Struct.ComponentSchema {
  collectionName: 'components_blocks_latest_items';
  info: {
    description: 'The newest workshop reports, Focus editions or upcoming workshops, filled in when the site is built';
    displayName: 'Latest items';
    icon: 'clock';
  };
  attributes: {
    count: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 12;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<3>;
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    kind: Schema.Attribute.Enumeration<['workshopReports', 'focusEditions', 'upcomingWorkshops']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'workshopReports'>;
  };
}

export interface BlocksQuestions extends Struct.ComponentSchema {
  collectionName: 'components_blocks_questions';
  info: {
    description: 'Questions that open to show their answer';
    displayName: 'Questions and answers';
    icon: 'question';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    items: Schema.Attribute.Component<'shared.question', true> &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
  };
}

export interface BlocksRichText extends Struct.ComponentSchema {
  collectionName: 'components_blocks_rich_texts';
  info: {
    description: 'Paragraphs, headings, lists and links';
    displayName: 'Text';
    icon: 'feather';
  };
  attributes: {
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
  };
}

export interface FocusWebinar extends Struct.ComponentSchema {
  collectionName: 'components_focus_webinars';
  info: {
    description: 'The yearly webinar about a Focus edition';
    displayName: 'Webinar';
    icon: 'play';
  };
  attributes: {
    date: Schema.Attribute.Date;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1200;
      }>;
    recordingUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface NavigationFooterColumn extends Struct.ComponentSchema {
  collectionName: 'components_navigation_footer_columns';
  info: {
    description: 'A heading and its links in the footer';
    displayName: 'Footer column';
    icon: 'bulletList';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    links: Schema.Attribute.Component<'navigation.link', true>;
  };
}

export interface NavigationLink extends Struct.ComponentSchema {
  collectionName: 'components_navigation_links';
  info: {
    description: 'A link to a page, a document, a list of the site, or a web address';
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    focusEdition: Schema.Attribute.Relation<'oneToOne', 'api::focus-edition.focus-edition'>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    list: Schema.Attribute.Enumeration<
      ['home', 'workshops', 'themes', 'focusEditions', 'team', 'search']
    >;
    page: Schema.Attribute.Relation<'oneToOne', 'api::page.page'>;
    theme: Schema.Attribute.Relation<'oneToOne', 'api::theme.theme'>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    workshop: Schema.Attribute.Relation<'oneToOne', 'api::workshop.workshop'>;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_links';
  info: {
    description: 'A link to a document or page elsewhere';
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedQuestion extends Struct.ComponentSchema {
  collectionName: 'components_shared_questions';
  info: {
    description: 'A question and its answer';
    displayName: 'Question';
    icon: 'question';
  };
  attributes: {
    answer: Schema.Attribute.Blocks & Schema.Attribute.Required;
    question: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'How the page appears in search engines and when shared';
    displayName: 'Search and sharing';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 170;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    noindex: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    socialImage: Schema.Attribute.Media<'images'>;
  };
}

export interface SiteFooterLine extends Struct.ComponentSchema {
  collectionName: 'components_site_footer_lines';
  info: {
    description: 'A line in the footer, e.g. who supports the project';
    displayName: 'Footer line';
    icon: 'layer';
  };
  attributes: {
    text: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface WorkshopAgendaTopic extends Struct.ComponentSchema {
  collectionName: 'components_workshop_agenda_topics';
  info: {
    description: "A topic on the workshop's agenda";
    displayName: 'Agenda topic';
    icon: 'bulletList';
  };
  attributes: {
    details: Schema.Attribute.Blocks;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface WorkshopProgrammeItem extends Struct.ComponentSchema {
  collectionName: 'components_workshop_programme_items';
  info: {
    description: 'One part of the day, e.g. Actieraad 12:00\u201313:00';
    displayName: 'Programme item';
    icon: 'clock';
  };
  attributes: {
    endTime: Schema.Attribute.Time;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    startTime: Schema.Attribute.Time & Schema.Attribute.Required;
  };
}

export interface WorkshopRoundTable extends Struct.ComponentSchema {
  collectionName: 'components_workshop_round_tables';
  info: {
    description: 'What one round table discussed';
    displayName: 'Round table';
    icon: 'discuss';
  };
  attributes: {
    body: Schema.Attribute.Blocks;
    themes: Schema.Attribute.Relation<'oneToMany', 'api::theme.theme'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'blocks.call-to-action': BlocksCallToAction;
      'blocks.contact-card': BlocksContactCard;
      'blocks.file-download': BlocksFileDownload;
      'blocks.image': BlocksImage;
      'blocks.latest-items': BlocksLatestItems;
      'blocks.questions': BlocksQuestions;
      'blocks.rich-text': BlocksRichText;
      'focus.webinar': FocusWebinar;
      'navigation.footer-column': NavigationFooterColumn;
      'navigation.link': NavigationLink;
      'shared.link': SharedLink;
      'shared.question': SharedQuestion;
      'shared.seo': SharedSeo;
      'site.footer-line': SiteFooterLine;
      'workshop.agenda-topic': WorkshopAgendaTopic;
      'workshop.programme-item': WorkshopProgrammeItem;
      'workshop.round-table': WorkshopRoundTable;
    }
  }
}
