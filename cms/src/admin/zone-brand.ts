/** The zone's names in its two languages, for the browser tab, where one name serves both. */
export const ZONE_NAME = 'Zorgzone Zuid · Bassin Sud';

/**
 * Strapi titles every page "<page> | Strapi" and has no setting for it; the zone's admin names
 * the zone instead. Renaming is idempotent, so the observer settles after its own change.
 */
export function nameTheZoneInPageTitles(): void {
  const rename = () => {
    const renamed = document.title
      .replace(/ \| Strapi$/, ` | ${ZONE_NAME}`)
      .replace(/^Strapi Admin$/, ZONE_NAME);
    if (renamed !== document.title) document.title = renamed;
  };
  rename();
  new MutationObserver(rename).observe(document.head, {
    subtree: true,
    childList: true,
    characterData: true,
  });
}

/**
 * Strapi's "Introducing the new Media Library" announcement has no setting either: it shows until
 * its Close button records the dismissal. The admin records it for every editor from the start,
 * under the key Strapi reads (the banner's name for each Media Library flavour, then the
 * project's uuid, which our package.json turns off). The browser tests check that it stays away.
 */
export function dismissStrapiAnnouncements(): void {
  for (const legacyMediaLibrary of [true, false])
    window.localStorage.setItem(
      `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacyMediaLibrary}:false`,
      'true'
    );
}
