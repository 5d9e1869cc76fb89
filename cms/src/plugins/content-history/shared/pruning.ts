/** How much history is kept: both limits are in cms/config/plugins.ts. */
export interface HistoryLimits {
  /** The newest versions kept per document and language, whatever they are. */
  readonly keepLatest: number;
  /** Published versions younger than this are kept besides, however many there are. */
  readonly keepPublishedMonths: number;
}

export interface PrunableVersion {
  readonly id: number;
  readonly action: string;
  readonly createdAt: string | Date;
}

function monthsBefore(date: Date, months: number): Date {
  const earlier = new Date(date);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
}

/**
 * The versions of one document's language to delete: all but the newest `keepLatest`, except
 * publications of the last `keepPublishedMonths`, so what was on the site stays recoverable.
 */
export function versionsToPrune(
  versions: readonly PrunableVersion[],
  limits: HistoryLimits,
  now: Date
): number[] {
  const cutoff = monthsBefore(now, limits.keepPublishedMonths).getTime();
  const newestFirst = [...versions].sort(
    (a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime() || b.id - a.id
  );
  return newestFirst
    .filter(
      (version, index) =>
        index >= limits.keepLatest &&
        !(version.action === 'publish' && new Date(version.createdAt).getTime() >= cutoff)
    )
    .map((version) => version.id);
}
