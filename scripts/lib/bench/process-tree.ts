import { readFileSync } from 'node:fs';

/** What a process tree used while it ran: the peak of its summed memory, and each step's span. */
export interface TreeUsage {
  /** The highest sum of resident memory of all its processes at one sample. */
  readonly peakRssBytes: number;
  /** Per kind of process (by its command line): first and last seen, its own peak. */
  readonly steps: Record<string, { seconds: number; peakRssBytes: number }>;
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    // The process ended between listing and reading it.
    return null;
  }
}

function descendants(pid: number): number[] {
  const children = (readProc(pid, `task/${pid}/children`) ?? '')
    .split(' ')
    .filter(Boolean)
    .map(Number);
  return [pid, ...children.flatMap(descendants)];
}

function statusKilobytes(status: string, field: 'VmRSS' | 'VmHWM'): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
}

/**
 * Samples a process and all its descendants from /proc (Linux) until stopped. Each process's
 * own high-water mark (VmHWM) catches peaks between samples; the tree's peak is the larger of
 * the highest sampled sum and the highest single high-water mark.
 */
export function watchProcessTree(
  rootPid: number,
  classify: (commandLine: string) => string,
  intervalMs = 100
): { stop(): TreeUsage } {
  let peakSum = 0;
  const highWater = new Map<number, { kind: string; bytes: number }>();
  const spans = new Map<string, { first: number; last: number; peak: number }>();
  const sample = () => {
    const now = performance.now();
    let sum = 0;
    for (const pid of descendants(rootPid)) {
      const status = readProc(pid, 'status');
      if (!status) continue;
      const kind =
        highWater.get(pid)?.kind ??
        classify((readProc(pid, 'cmdline') ?? '').replaceAll('\0', ' '));
      const hwm = statusKilobytes(status, 'VmHWM') * 1024;
      sum += statusKilobytes(status, 'VmRSS') * 1024;
      highWater.set(pid, { kind, bytes: hwm });
      const span = spans.get(kind) ?? { first: now, last: now, peak: 0 };
      spans.set(kind, { first: span.first, last: now, peak: Math.max(span.peak, hwm) });
    }
    peakSum = Math.max(peakSum, sum);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const peakSingle = Math.max(0, ...[...highWater.values()].map(({ bytes }) => bytes));
      return {
        peakRssBytes: Math.max(peakSum, peakSingle),
        steps: Object.fromEntries(
          [...spans].map(([kind, { first, last, peak }]) => [
            kind,
            { seconds: (last - first) / 1000, peakRssBytes: peak },
          ])
        ),
      };
    },
  };
}
