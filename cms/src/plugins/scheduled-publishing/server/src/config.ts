/** Settings in cms/config/plugins.ts; each has an environment variable there. */
export interface ScheduleConfig {
  /** How often each CMS instance looks for jobs that fell due. */
  readonly pollIntervalMs: number;
}

export default {
  default: { pollIntervalMs: 5000 } satisfies ScheduleConfig,
  validator(config: ScheduleConfig) {
    if (!Number.isInteger(config.pollIntervalMs) || config.pollIntervalMs < 100)
      throw new Error(
        'scheduled-publishing: pollIntervalMs must be a whole number of at least 100.'
      );
  },
};
