import { usePluginTexts } from '../../../../admin/plugin-texts';
import type { VersionSummary } from '../../shared/types';
import { PLUGIN_ID } from './pluginId';

/** The plugin's strings, dates in Brussels time, field labels, and how a history line reads. */
export function useTexts() {
  const { t, intl, brusselsTime } = usePluginTexts(PLUGIN_ID);
  const fieldLabel = (uid: string, field: string) =>
    intl.formatMessage({
      id: `content-manager.content-types.${uid}.${field}`,
      defaultMessage: field,
    });
  /** "Saved by Sophie", "Published, as scheduled, by Sophie", "Saved automatically". */
  const describe = (version: VersionSummary) => {
    const action = t(`action.${version.action}`);
    const origin = version.origin ? `, ${t(`origin.${version.origin}`)}` : '';
    const by = version.authorName ? t('by', { name: version.authorName }) : t('by.nobody');
    return `${action}${origin} ${by}`;
  };
  return { t, when: (iso: string) => brusselsTime(iso), fieldLabel, describe };
}
