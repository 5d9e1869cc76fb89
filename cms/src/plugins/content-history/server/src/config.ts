import type { HistoryLimits } from '../../shared/pruning';

/** Settings in cms/config/plugins.ts; each has an environment variable there. */
export interface HistoryConfig extends HistoryLimits {
  /** Days a deleted document stays in "Recently deleted" before it is gone for good. */
  readonly binDays: number;
  /** Seconds an open edit view counts as open without a sign of life from its browser. */
  readonly presenceSeconds: number;
}

export default {
  default: {
    keepLatest: 50,
    keepPublishedMonths: 12,
    binDays: 30,
    presenceSeconds: 45,
  } satisfies HistoryConfig,
  validator(config: HistoryConfig) {
    for (const [name, value] of Object.entries(config)) {
      if (!Number.isInteger(value) || value < 1)
        throw new Error(`content-history: ${name} must be a whole number above 0, not ${value}.`);
    }
  },
};
