/**
 * Content as an editor reads it, one text per field, so two versions compare field by field
 * with a real text diff: rich text as its paragraphs, lists and components line by line, links
 * and files by name.
 */

interface RichTextNode {
  type?: string;
  text?: string;
  format?: string;
  children?: RichTextNode[];
}

const inlineText = (nodes: readonly RichTextNode[] = []): string =>
  nodes.map((node) => node.text ?? inlineText(node.children)).join('');

/** Strapi's rich text (blocks) as plain paragraphs: headings, lists and quotes keep their lines. */
export function richTextToPlain(blocks: readonly RichTextNode[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'list')
        return (block.children ?? [])
          .map(
            (item, index) =>
              `${block.format === 'ordered' ? `${index + 1}.` : '•'} ${inlineText(item.children)}`
          )
          .join('\n');
      return inlineText(block.children);
    })
    .join('\n\n');
}

export const isRichText = (value: unknown): value is RichTextNode[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (item) => typeof item === 'object' && item !== null && 'type' in item && 'children' in item
  );

/** A plain value as text: nothing for an empty one, yes/no as ✓ and ✗. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (isRichText(value)) return richTextToPlain(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One field of two versions, as texts: `before` the version, `after` the current draft. */
export interface FieldComparison {
  /** The field's name in the content type, for its label in the admin. */
  name: string;
  before: string;
  after: string;
}

export function compareFields(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>> | null
): FieldComparison[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after ?? {})])];
  return names.map((name) => ({ name, before: before[name] ?? '', after: after?.[name] ?? '' }));
}
