/**
 * Loaded with `node --import` into every Node process of a measured site build (NODE_OPTIONS):
 * in `astro build` it keeps a copy of what Astro prints and writes it to BENCH_ASTRO_LOG when
 * the process exits. publishRelease reads Astro's output and drops it, and Astro's own times
 * (its phases, which pages it took from its cache) are the only account of where its time goes.
 * Other processes are left alone.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_ASTRO_LOG;
const isAstroBuild = /astro/.test(process.argv[1] ?? '') && process.argv.includes('build');

if (file && isAstroBuild) {
  // Kept in memory and written once: a write per line would slow the build being measured.
  const chunks: string[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
  process.once('exit', () => writeFileSync(file, chunks.join('')));
}
