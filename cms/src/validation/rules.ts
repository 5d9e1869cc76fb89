/** Pure validation rules, shared by the document middleware and its unit tests. */

export type FieldPath = readonly (string | number)[];

export interface Problem {
  readonly path: FieldPath;
  readonly message: string;
}

/** Slugs as the site's URLs need them: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/** Minutes since midnight for Strapi's time format (HH:mm, HH:mm:ss or HH:mm:ss.SSS); null if unreadable. */
export function minutesOfDay(time: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(time);
  if (!match) return null;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return hours * 60 + minutes + seconds / 60;
}

/** Display form of a stored time: "14:00:00.000" → "14:00". */
export function shortTime(time: string): string {
  return time.slice(0, 5);
}

/** Whether an interval is backwards or empty; an open end (no end time) is fine. */
export function endsNotAfterStart(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string') return false;
  const [from, to] = [minutesOfDay(start), minutesOfDay(end)];
  return from !== null && to !== null && to <= from;
}

/** Whether a value counts as filled in for a required field. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0 && (value as unknown[]).some(isFilledBlock);
  return true;
}

/** A blocks field holding only an empty paragraph is empty to a reader. */
function isFilledBlock(block: unknown): boolean {
  if (typeof block !== 'object' || block === null) return true;
  const children = (block as { children?: unknown }).children;
  if (!Array.isArray(children)) return true;
  return children.some((child: unknown) => {
    if (typeof child !== 'object' || child === null) return true;
    const textValue = (child as { text?: unknown }).text;
    return typeof textValue !== 'string' || textValue.trim() !== '' || 'children' in child;
  });
}

/** The fields of a link (menu item, call to action, redirect) that each name a destination. */
export const LINK_TARGET_FIELDS = [
  'page',
  'workshop',
  'theme',
  'focusEdition',
  'list',
  'url',
  'file',
] as const;

/** How many destinations a saved link names: exactly one makes a link. */
export function linkTargetCount(link: Readonly<Record<string, unknown>>): number {
  return LINK_TARGET_FIELDS.filter((field) => isFilled(link[field])).length;
}
