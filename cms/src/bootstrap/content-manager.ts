import type { Core, UID } from '@strapi/strapi';
import {
  componentFieldTexts,
  contentTypeFieldTexts,
  type FieldTexts,
} from '../content-manager/field-texts';
import { componentLayouts, contentTypeLayouts, type ModelLayout } from '../content-manager/layouts';

interface FieldMetadata {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/**
 * Applies our labels, hints, list columns and form layout over Strapi's generated
 * configuration at every start, so the admin always matches the schemas in git.
 */
export async function applyContentManagerLayouts(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const fieldSizes = contentManager.service('field-sizes') as {
    getFieldSize(type: string): { default: number };
  };
  const apply = async (
    service: ConfigurationService,
    uid: string,
    attributes: Record<string, { type: string }>,
    layout: ModelLayout,
    texts: FieldTexts
  ) => {
    const current = await service.findConfiguration({ uid });
    const metadatas = { ...current.metadatas };
    for (const [field, text] of Object.entries(texts)) {
      const metadata = metadatas[field];
      if (!metadata) continue;
      metadatas[field] = {
        edit: { ...metadata.edit, label: text.label.en, description: text.hint ?? '' },
        list: { ...metadata.list, label: text.label.en },
      };
    }
    // Strapi's default widths can add up to more than the grid's 12 columns; share a full row instead.
    const edit = layout.editRows.map((row) =>
      row.map((name) => ({
        name,
        size: Math.min(
          fieldSizes.getFieldSize(attributes[name]!.type).default,
          Math.floor(12 / row.length)
        ),
      }))
    );
    const settings = layout.list
      ? {
          ...current.settings,
          mainField: layout.list.mainField,
          defaultSortBy: layout.list.sortBy,
          defaultSortOrder: layout.list.sortOrder,
        }
      : current.settings;
    await service.updateConfiguration(
      { uid },
      {
        settings,
        metadatas,
        layouts: { list: layout.list ? [...layout.list.columns] : current.layouts.list, edit },
      }
    );
  };

  const contentTypes = contentManager.service('content-types') as ConfigurationService;
  for (const [uid, layout] of Object.entries(contentTypeLayouts)) {
    const texts: FieldTexts = (contentTypeFieldTexts as Record<string, FieldTexts>)[uid] ?? {};
    await apply(
      contentTypes,
      uid,
      strapi.contentType(uid as UID.ContentType).attributes,
      layout,
      texts
    );
  }
  const components = contentManager.service('components') as ConfigurationService;
  for (const [uid, layout] of Object.entries(componentLayouts)) {
    const texts: FieldTexts = (componentFieldTexts as Record<string, FieldTexts>)[uid] ?? {};
    await apply(
      components,
      uid,
      strapi.components[uid as UID.Component]!.attributes,
      layout,
      texts
    );
  }
}
