import type { RichText } from '../../seed/types';

type TextNode = { type: 'text'; text: string };
type LinkNode = { type: 'link'; url: string; children: TextNode[] };
type InlineNode = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3; children: InlineNode[] }
  | {
      type: 'list';
      format: 'unordered';
      children: { type: 'list-item'; children: InlineNode[] }[];
    };

const BULLET = '• ';
const HEADINGS = [
  ['### ', 3],
  ['## ', 2],
] as const;
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** A line's text with its `[label](url)` links as link nodes; Strapi wants no empty text nodes. */
function inline(line: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let from = 0;
  for (const match of line.matchAll(LINK)) {
    if (match.index > from) nodes.push({ type: 'text', text: line.slice(from, match.index) });
    nodes.push({ type: 'link', url: match[2]!, children: [{ type: 'text', text: match[1]! }] });
    from = match.index + match[0].length;
  }
  if (from < line.length || nodes.length === 0)
    nodes.push({ type: 'text', text: line.slice(from) });
  return nodes;
}

/**
 * Strapi blocks for seed text: paragraphs; a bulleted list when every line starts with "• ";
 * a heading for "## " and "### "; `[label](url)` links inside any of them.
 */
export function toBlocks(richText: RichText): Block[] {
  return richText.map((paragraph): Block => {
    const lines = paragraph.split('\n');
    if (lines.every((line) => line.startsWith(BULLET))) {
      return {
        type: 'list',
        format: 'unordered',
        children: lines.map((line) => ({
          type: 'list-item',
          children: inline(line.slice(BULLET.length).trim()),
        })),
      };
    }
    const heading = HEADINGS.find(([marker]) => paragraph.startsWith(marker));
    if (heading) {
      return {
        type: 'heading',
        level: heading[1],
        children: inline(paragraph.slice(heading[0].length)),
      };
    }
    return { type: 'paragraph', children: inline(paragraph) };
  });
}
