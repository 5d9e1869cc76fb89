import type { Core } from '@strapi/strapi';
import { defaultLocale, locales } from '@zorgzone/config';

interface LocaleRow {
  id: number;
  code: string;
}

interface LocaleService {
  find(): Promise<LocaleRow[]>;
  create(locale: { code: string; name: string }): Promise<LocaleRow>;
  delete(locale: LocaleRow): Promise<unknown>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string>;
}

/**
 * Makes Strapi's locales exactly those of config/: Dutch (default) and French. Strapi creates
 * English on a fresh database; it is removed so editors are never offered a third language.
 */
export async function syncLocales(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('i18n').service('locales') as LocaleService;
  const existing = await service.find();
  for (const locale of locales) {
    if (!existing.some((row) => row.code === locale.code)) {
      await service.create({ code: locale.code, name: `${locale.name} (${locale.code})` });
    }
  }
  if ((await service.getDefaultLocale()) !== defaultLocale) {
    await service.setDefaultLocale({ code: defaultLocale });
  }
  const wanted = new Set<string>(locales.map((locale) => locale.code));
  for (const row of existing.filter((candidate) => !wanted.has(candidate.code))) {
    await service.delete(row);
  }
}
