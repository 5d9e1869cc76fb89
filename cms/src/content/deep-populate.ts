import type { Core, UID } from '@strapi/strapi';

interface Attribute {
  type: string;
  component?: string;
  components?: string[];
}

export type Populate =
  true | { populate?: Record<string, Populate>; on?: Record<string, Populate> };

export interface DeepPopulateOptions {
  /** Related documents as their ids (true), or not at all (false: a hash of the text, say). */
  readonly relations?: boolean;
}

function populateOf(
  strapi: Core.Strapi,
  attributes: Record<string, Attribute>,
  options: Required<DeepPopulateOptions>
): Record<string, Populate> {
  const populate: Record<string, Populate> = {};
  const component = (uid: string): Populate => {
    const nested = populateOf(
      strapi,
      strapi.components[uid as UID.Component]!.attributes as Record<string, Attribute>,
      options
    );
    return Object.keys(nested).length > 0 ? { populate: nested } : true;
  };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = true;
    else if (attribute.type === 'relation' && options.relations) populate[name] = true;
    else if (attribute.type === 'component') populate[name] = component(attribute.component!);
    else if (attribute.type === 'dynamiczone') {
      // Strapi populates a dynamic zone's nested fields only through `on` (strapi/strapi#20653).
      populate[name] = {
        on: Object.fromEntries((attribute.components ?? []).map((uid) => [uid, component(uid)])),
      };
    }
  }
  return populate;
}

/**
 * A Document Service populate that reaches every component, dynamic zone entry, media file and,
 * unless left out, relation of a content type, however deeply its components nest.
 */
export function deepPopulate(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  { relations = true }: DeepPopulateOptions = {}
): Record<string, Populate> {
  return populateOf(strapi, strapi.contentType(uid).attributes as Record<string, Attribute>, {
    relations,
  });
}
