import { useIntl } from 'react-intl';
import type { VersionSummary } from '../../shared/types';
import { translationKey } from './pluginId';

/** The plugin's strings, dates in Brussels time, and how a history line reads. */
export function useTexts() {
  const { formatMessage, formatDate } = useIntl();
  const t = (key: string, values?: Record<string, string | number>) =>
    formatMessage({ id: translationKey(key), defaultMessage: key }, values);
  const when = (iso: string) =>
    formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' });
  const fieldLabel = (uid: string, field: string) =>
    formatMessage({ id: `content-manager.content-types.${uid}.${field}`, defaultMessage: field });
  /** "Saved by Sophie", "Published, as scheduled, by Sophie", "Saved automatically". */
  const describe = (version: VersionSummary) => {
    const action = t(`action.${version.action}`);
    const origin = version.origin ? `, ${t(`origin.${version.origin}`)}` : '';
    const by = version.authorName ? t('by', { name: version.authorName }) : t('by.nobody');
    return `${action}${origin} ${by}`;
  };
  return { t, when, fieldLabel, describe };
}
