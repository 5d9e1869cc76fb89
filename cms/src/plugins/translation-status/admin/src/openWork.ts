import type { ReportRow, TranslationState } from '../../shared/report';

export type { ReportRow, TranslationState };

/** What a translator has to do: versions that are missing or have fallen out of line. */
export const OPEN_WORK: readonly TranslationState[] = ['missing', 'outdated'];

export function countOpenWork(rows: readonly ReportRow[]): number {
  return rows.reduce(
    (count, row) =>
      count + Object.values(row.states).filter((state) => OPEN_WORK.includes(state)).length,
    0
  );
}
