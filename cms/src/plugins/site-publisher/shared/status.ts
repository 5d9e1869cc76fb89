/**
 * What `GET /site-publisher/status` returns, for the Public site page and any other admin
 * screen that shows the site's state (the editors' home, say).
 */
import type { BuildChanges } from './build-reasons';
import type { FailureCode } from './build-failures';
import type { Attention } from './warnings';

export type SchedulerState = 'idle' | 'queued' | 'building';

/** One row of the build history. */
export interface BuildSummary {
  id: number;
  /** A short machine string for logs and the deploy hook: `publish api::theme.theme ×3`. */
  trigger: string;
  /** What the build was for; null on a record from before structured reasons (see changesOf). */
  changes: BuildChanges | null;
  /** The e-mail addresses of the people it was for; the page shows their names from `changes`. */
  requestedBy: string | null;
  status: 'building' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  pageCount: number | null;
  release: string | null;
  /** A failed build's technical line. */
  reason: string | null;
  /** A failed build's kind of failure; null otherwise, or on a record from before codes. */
  failureCode: FailureCode | null;
  log: string | null;
}

export interface PublisherStatus {
  state: SchedulerState;
  builds: BuildSummary[];
  attention: Attention | null;
  /** The public site's address, without a trailing slash: where a changed page's path leads. */
  siteUrl: string;
}
