import type { RichText } from '../../seed/types';

type TextNode = { type: 'text'; text: string };
export type Block =
  | { type: 'paragraph'; children: TextNode[] }
  | { type: 'list'; format: 'unordered'; children: { type: 'list-item'; children: TextNode[] }[] };

const BULLET = '• ';

/** Strapi blocks for seed text: plain paragraphs, or a bulleted list when every line starts with "• ". */
export function toBlocks(richText: RichText): Block[] {
  return richText.map((paragraph): Block => {
    const lines = paragraph.split('\n');
    if (lines.every((line) => line.startsWith(BULLET))) {
      return {
        type: 'list',
        format: 'unordered',
        children: lines.map((line) => ({
          type: 'list-item',
          children: [{ type: 'text', text: line.slice(BULLET.length).trim() }],
        })),
      };
    }
    return { type: 'paragraph', children: [{ type: 'text', text: paragraph }] };
  });
}
