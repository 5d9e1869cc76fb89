export const PLUGIN_ID = 'scheduled-publishing';

/** Admin translation keys live under the plugin's id, as Strapi expects. */
export const translationKey = (key: string) => `${PLUGIN_ID}.${key}`;
