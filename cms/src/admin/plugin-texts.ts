import { useIntl } from 'react-intl';
import { ZONE_TIME_ZONE } from '@zorgzone/config';

/** A plugin's own strings (keys without the plugin id), and instants as a Brussels clock shows them. */
export function usePluginTexts(pluginId: string) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `${pluginId}.${key}`, defaultMessage: key }, values);
  const brusselsTime = (iso: string, dateStyle: 'medium' | 'full' = 'medium') =>
    intl.formatDate(iso, { dateStyle, timeStyle: 'short', timeZone: ZONE_TIME_ZONE });
  return { t, intl, brusselsTime };
}
