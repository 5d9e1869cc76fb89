import { useIntl } from 'react-intl';
import type { SiteWarning, WarningFix, WarningMessage, WarningValue } from '../../shared/warnings';
import { translationKey as key } from './pluginId';

/**
 * A build warning and its remedy's link in the admin's language, with the site-publisher's
 * strings: for the Public site page and the editors' home alike.
 */
export function useWarningText() {
  const { formatMessage, formatDate, messages } = useIntl();
  const values = (raw: Readonly<Record<string, WarningValue>>) =>
    Object.fromEntries(
      Object.entries(raw).map(([name, value]) => [
        name,
        // A calendar date has no time of day: read in UTC, it is the same day everywhere.
        typeof value === 'string'
          ? value
          : formatDate(value.date, { dateStyle: 'long', timeZone: 'UTC' }),
      ])
    );
  return {
    /** A report from a newer site build may hold a warning this admin has no sentence for. */
    sentence: (warning: SiteWarning, message: WarningMessage) =>
      key(message.key) in messages
        ? formatMessage({ id: key(message.key) }, values(message.values))
        : formatMessage({ id: key('warning.unknown') }, { code: warning.code }),
    fix: (fix: WarningFix) => formatMessage({ id: key(fix.key) }, fix.values),
  };
}
