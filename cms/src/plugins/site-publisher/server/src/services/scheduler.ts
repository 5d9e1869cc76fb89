import type { BuildChange } from '../../../shared/build-reasons';
import type { SchedulerState } from '../../../shared/status';

export type { SchedulerState };

/** Why a build was asked for, and by whom: what the build history shows. */
export interface BuildRequest {
  /** A short machine string for logs: `publish api::theme.theme (scheduled)`. */
  readonly trigger: string;
  /** The e-mail address of whom it was asked for. */
  readonly requestedBy: string | null;
  /** What changed, one entry per language, for the page's sentence. */
  readonly changes?: readonly BuildChange[];
}

export interface SchedulerOptions {
  /** How long to wait for more changes before building: a burst of publishes becomes one build. */
  readonly debounceMs: number;
  /** Runs one build for every request gathered since the last one. */
  readonly runBuild: (requests: readonly BuildRequest[]) => Promise<void>;
}

/**
 * Turns change notifications into builds: debounced, never two at once, and a change that
 * arrives during a build causes exactly one more build afterwards. Duplicate notifications
 * (Strapi fires some lifecycle events twice, strapi/strapi#21932) only join the waiting batch.
 */
export function createBuildScheduler({ debounceMs, runBuild }: SchedulerOptions) {
  let waiting: BuildRequest[] = [];
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const idleWaiters: (() => void)[] = [];

  const settle = () => {
    if (!timer && !running) idleWaiters.splice(0).forEach((resolve) => resolve());
  };

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void build();
    }, debounceMs);
  };

  const build = async () => {
    const batch = waiting;
    waiting = [];
    running = runBuild(batch)
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (waiting.length > 0) arm();
        settle();
      });
    await running;
  };

  return {
    /** Asks for a build; it starts after the quiet period, or after the running build. */
    request(request: BuildRequest): void {
      waiting.push(request);
      if (!running) arm();
    },
    state(): SchedulerState {
      return running ? 'building' : timer ? 'queued' : 'idle';
    },
    /** Resolves once nothing is queued or building. */
    idle(): Promise<void> {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
    /** Drops what is queued (at shutdown); a running build finishes. */
    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      waiting = [];
      settle();
    },
  };
}

export type BuildScheduler = ReturnType<typeof createBuildScheduler>;
