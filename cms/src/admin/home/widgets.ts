import { Calendar, CheckCircle, ClockCounterClockwise, Earth, Globe } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { HOME_TEXTS_PREFIX } from './texts';

type Widgets = Parameters<StrapiApp['widgets']['register']>[0];
type WidgetDefinition = Extract<Widgets, readonly unknown[]>[number];

const title = (key: string, english: string) => ({
  id: `${HOME_TEXTS_PREFIX}.${key}`,
  defaultMessage: english,
});

/** The editors' home, in the order an editor reads it; each widget shows to those who may use its page. */
const EDITORS_HOME: WidgetDefinition[] = [
  {
    id: 'public-site',
    pluginId: HOME_TEXTS_PREFIX,
    icon: Globe,
    title: title('site.title', 'Public site'),
    component: async () => (await import('./PublicSiteWidget')).default,
    link: {
      label: title('site.link', 'Open the Public site page'),
      href: '/plugins/site-publisher',
    },
    permissions: [{ action: 'plugin::site-publisher.read' }],
  },
  {
    id: 'translations',
    pluginId: HOME_TEXTS_PREFIX,
    icon: Earth,
    title: title('translations.title', 'Translations'),
    component: async () => (await import('./TranslationsWidget')).default,
    link: {
      label: title('translations.link', 'Open Translations'),
      href: '/plugins/translation-status',
    },
    permissions: [{ action: 'plugin::translation-status.read' }],
  },
  {
    id: 'coming-up',
    pluginId: HOME_TEXTS_PREFIX,
    icon: Calendar,
    title: title('comingUp.title', 'Coming up'),
    component: async () => (await import('./ComingUpWidget')).default,
    link: {
      label: title('comingUp.link', 'Open Scheduled'),
      href: '/plugins/scheduled-publishing',
    },
    permissions: [{ action: 'plugin::scheduled-publishing.read' }],
  },
  {
    id: 'recent-changes',
    pluginId: HOME_TEXTS_PREFIX,
    icon: ClockCounterClockwise,
    title: title('recent.title', 'Recent changes'),
    component: async () => (await import('./RecentChangesWidget')).default,
    permissions: [{ action: 'plugin::content-history.read' }],
  },
  {
    id: 'site-checklist',
    pluginId: HOME_TEXTS_PREFIX,
    icon: CheckCircle,
    title: title('checklist.title', 'Site checklist'),
    component: async () => (await import('./SiteChecklistWidget')).default,
    link: {
      label: title('checklist.link', 'See everything on the Public site page'),
      href: '/plugins/site-publisher',
    },
    permissions: [{ action: 'plugin::site-publisher.read' }],
  },
];

/**
 * Puts the editors' home in place of Strapi's widgets: its entry lists and statistics name
 * single types by their ids and count what developers count. Strapi's own "Add widget" then
 * offers only these.
 */
export function registerEditorsHome(app: StrapiApp): void {
  app.widgets.register(() => EDITORS_HOME);
}
