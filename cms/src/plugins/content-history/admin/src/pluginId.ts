export const PLUGIN_ID = 'content-history';

/** Admin translation keys live under the plugin's id, as Strapi expects. */
export const translationKey = (key: string) => `${PLUGIN_ID}.${key}`;
