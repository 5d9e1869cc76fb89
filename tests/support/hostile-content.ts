import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { cmsDir } from '../../scripts/lib/paths.ts';

/** Closes an attribute, opens a script element and an element with an event handler. */
export const SCRIPT_PAYLOAD = `"><script>alert('xss-text')</script><img src=x onerror=alert('xss-text')>`;
/** For fields with a length limit: an element with an event handler in 37 characters. */
const SHORT_PAYLOAD = `<img src=x onerror=alert('xss-text')>`;
/** Passes our URL fields' format (no whitespace after http(s)://) and tries to leave href="…". */
export const URL_PAYLOAD = `https://example.test/"onmouseover="alert('xss-url')"><script>alert('xss-url')</script>`;

/** Rich text with the payload in every kind of block Strapi's editor makes, links included. */
export const BLOCKS_PAYLOAD = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: SCRIPT_PAYLOAD }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: SCRIPT_PAYLOAD, bold: true },
      {
        type: 'link',
        url: URL_PAYLOAD,
        children: [{ type: 'text', text: SCRIPT_PAYLOAD }],
      },
    ],
  },
  {
    type: 'list',
    format: 'unordered',
    children: [{ type: 'list-item', children: [{ type: 'text', text: SCRIPT_PAYLOAD }] }],
  },
  { type: 'quote', children: [{ type: 'text', text: SCRIPT_PAYLOAD }] },
  { type: 'code', children: [{ type: 'text', text: SCRIPT_PAYLOAD }] },
];

interface Attribute {
  type: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  enum?: string[];
  regex?: string;
  maxLength?: number;
  min?: number;
  default?: unknown;
  required?: boolean;
}

function schemaAttributes(file: string): Record<string, Attribute> {
  return (JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, Attribute> })
    .attributes;
}

/** A content type's attributes, read from its schema.json so a new text field is attacked too. */
export function contentTypeAttributes(apiName: string): Record<string, Attribute> {
  return schemaAttributes(
    path.join(cmsDir, 'src', 'api', apiName, 'content-types', apiName, 'schema.json')
  );
}

function componentAttributes(uid: string): Record<string, Attribute> {
  const [category, name] = uid.split('.') as [string, string];
  return schemaAttributes(path.join(cmsDir, 'src', 'components', category, `${name}.json`));
}

/** A web address every URL field accepts, for those whose format refuses the payload outright. */
const PLAIN_URL = 'https://example.test/plain';

/**
 * A document with the payload in every text, rich-text and URL field, its components' and its
 * dynamic zones' blocks too (one of each), and valid values where the schema needs one (numbers,
 * dates, times, required choices, defaults of switches). A URL field whose format refuses the
 * payload (the CMS stops it before the site) gets a plain address, or nothing if that is refused
 * too. Media fields get `media`, a file of the media library, when given; relations and slugs are
 * left to the caller.
 */
export function hostileDocument(
  attributes: Record<string, Attribute>,
  { media }: { media?: number } = {}
): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    switch (attribute.type) {
      case 'string': {
        const format = attribute.regex ? new RegExp(attribute.regex) : null;
        const value = format
          ? [URL_PAYLOAD, PLAIN_URL].find((candidate) => format.test(candidate))
          : (attribute.maxLength ?? Infinity) < SCRIPT_PAYLOAD.length
            ? SHORT_PAYLOAD
            : SCRIPT_PAYLOAD;
        if (value !== undefined) document[name] = value;
        break;
      }
      case 'text':
      case 'richtext':
        document[name] = SCRIPT_PAYLOAD;
        break;
      case 'blocks':
        document[name] = BLOCKS_PAYLOAD;
        break;
      case 'email':
        document[name] = 'hostile@example.test';
        break;
      case 'date':
        document[name] = '2025-03-03';
        break;
      case 'time':
        document[name] = name.startsWith('end') ? '11:00:00.000' : '10:00:00.000';
        break;
      case 'enumeration':
        // Only where a choice is required: a link's optional list would be a second destination.
        if (attribute.required) document[name] = attribute.enum![0];
        break;
      case 'boolean':
        // The default, so a hostile image is not "decorative" and its description is shown.
        document[name] = attribute.default ?? true;
        break;
      case 'integer':
        document[name] = attribute.min ?? 0;
        break;
      case 'media':
        if (media !== undefined) document[name] = media;
        break;
      case 'component': {
        const value = hostileDocument(componentAttributes(attribute.component!), { media });
        document[name] = attribute.repeatable ? [value] : value;
        break;
      }
      case 'dynamiczone':
        document[name] = (attribute.components ?? []).map((uid) => ({
          __component: uid,
          ...hostileDocument(componentAttributes(uid), { media }),
        }));
        break;
    }
  }
  return document;
}

type HtmlNode = DefaultTreeAdapterMap['node'];

/**
 * What in an HTML document would run script, as a browser parses it: script elements (with
 * the attribute-free bodies the page itself ships, such as the search page's module, left
 * to the allow-list), event-handler attributes and javascript: URLs.
 */
export function scriptVectors(html: string, allowedScript: (body: string) => boolean): string[] {
  const found: string[] = [];
  const visit = (node: HtmlNode) => {
    if ('tagName' in node) {
      if (node.tagName === 'script') {
        const body = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        if (!allowedScript(body)) found.push(`<script>${body.slice(0, 60)}`);
      }
      for (const { name, value } of node.attrs) {
        if (name.startsWith('on')) found.push(`${node.tagName}[${name}]`);
        if (
          /^\s*(javascript|vbscript|data):/i.test(value) &&
          ['href', 'src', 'action', 'formaction'].includes(name)
        )
          found.push(`${node.tagName}[${name}=${value.slice(0, 40)}]`);
      }
    }
    const children =
      'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    children.forEach(visit);
  };
  visit(parse(html));
  return found;
}
