import type { Schema, Struct } from '@strapi/strapi';

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
      'focus.webinar': FocusWebinar;
      'shared.link': SharedLink;
      'site.footer-line': SiteFooterLine;
      'workshop.agenda-topic': WorkshopAgendaTopic;
      'workshop.programme-item': WorkshopProgrammeItem;
      'workshop.round-table': WorkshopRoundTable;
    }
  }
}
