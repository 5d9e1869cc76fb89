import { usePluginTexts } from '../../../../admin/plugin-texts';
import { PLUGIN_ID } from './pluginId';

/** The plugin's strings, and times as "Tuesday 2 December 2026 at 09:00 (Brussels time)". */
export function useTexts() {
  const { t, brusselsTime } = usePluginTexts(PLUGIN_ID);
  return { t, when: (iso: string) => t('time.brussels', { time: brusselsTime(iso, 'full') }) };
}
