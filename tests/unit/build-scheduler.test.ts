import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBuildScheduler,
  type BuildRequest,
} from '../../cms/src/plugins/site-publisher/server/src/services/scheduler.ts';

const publish = (n: number): BuildRequest => ({ trigger: `publish ${n}`, requestedBy: null });

describe('build scheduler', () => {
  let builds: (readonly BuildRequest[])[];
  let release: (() => void)[];

  beforeEach(() => {
    vi.useFakeTimers();
    builds = [];
    release = [];
  });
  afterEach(() => vi.useRealTimers());

  const scheduler = () =>
    createBuildScheduler({
      debounceMs: 1000,
      runBuild: (requests) => {
        builds.push(requests);
        return new Promise<void>((resolve) => release.push(resolve));
      },
    });

  it('turns a burst of publishes into one build carrying every request', async () => {
    const subject = scheduler();
    for (let n = 1; n <= 10; n += 1) {
      subject.request(publish(n));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(subject.state()).toBe('queued');
    await vi.advanceTimersByTimeAsync(1000);
    expect(builds).toHaveLength(1);
    expect(builds[0]).toHaveLength(10);
    expect(subject.state()).toBe('building');
  });

  it('never runs two builds at once, and runs exactly one more for changes made during a build', async () => {
    const subject = scheduler();
    subject.request(publish(1));
    await vi.advanceTimersByTimeAsync(1000);
    subject.request(publish(2));
    subject.request(publish(2));
    subject.request(publish(3));
    await vi.advanceTimersByTimeAsync(5000);
    expect(builds).toHaveLength(1);
    release.shift()!();
    await vi.advanceTimersByTimeAsync(1000);
    expect(builds).toHaveLength(2);
    expect(builds[1]!.map((request) => request.trigger)).toEqual([
      'publish 2',
      'publish 2',
      'publish 3',
    ]);
    release.shift()!();
    await vi.advanceTimersByTimeAsync(5000);
    expect(builds).toHaveLength(2);
    expect(subject.state()).toBe('idle');
  });

  it('keeps scheduling after a build fails', async () => {
    const attempts: number[] = [];
    const subject = createBuildScheduler({
      debounceMs: 10,
      runBuild: async () => {
        attempts.push(attempts.length);
        if (attempts.length === 1) throw new Error('build failed');
      },
    });
    subject.request(publish(1));
    await vi.advanceTimersByTimeAsync(10);
    subject.request(publish(2));
    await vi.advanceTimersByTimeAsync(10);
    expect(attempts).toEqual([0, 1]);
  });

  it('reports idle once the queue is empty and the last build is done', async () => {
    const subject = scheduler();
    subject.request(publish(1));
    const idle = vi.fn();
    void subject.idle().then(idle);
    await vi.advanceTimersByTimeAsync(1000);
    expect(idle).not.toHaveBeenCalled();
    release.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toHaveBeenCalled();
  });
});
