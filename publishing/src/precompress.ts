/**
 * Brotli and gzip copies of a release's text files, written at build time beside each file
 * (`page.html.br`, `page.html.gz`), so that neither our site server nor Caddy compresses a
 * response on the fly: every visitor gets the smaller file at no CPU cost per request.
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Pagefind's .pf_fragment, .pf_index, .pf_meta and .pagefind files are gzipped by Pagefind
// already, and images and PDFs are compressed formats: compressing them again gains nothing.
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.ics',
  '.svg',
  '.webmanifest',
]);

/** The encodings written beside a file, in the order servers prefer them. */
export const PRECOMPRESSED = [
  { encoding: 'br', extension: '.br' },
  { encoding: 'gzip', extension: '.gz' },
] as const;

/** Whether a file is text worth a precompressed copy (by its extension). */
export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

// Below this a compressed response saves less than its headers and a TCP packet carry anyway.
const MIN_SIZE = 256;

// Measured over 11,800 text files modelled on a release at 5,000 workshops (11,000 pages of 10 to
// 20 KB, Pagefind's scripts, the feeds; 189 MB), in CPU seconds since the shared 2-core VM was
// never idle: brotli quality 4 took 6.1, 5 took 9.6, 6 10.9 and 7 11.6 one file at a time, but 7
// costs 1.7 times 5 when two run at once (its larger tables); gzip level 9 took 4.7 (level 6 4.2,
// for 0.3 % more bytes). Quality 5 is 6.4 % smaller than 4 and 0.6 % larger than 7. precompress()
// on the whole 22,000-file release (Pagefind's 10,000 fragments are skipped) took 31 to 34 CPU
// seconds, 22 to 28 s beside other test runs. An incremental build compresses only what it wrote.
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 9;

// zlib's async calls run on libuv's threadpool (4 threads unless UV_THREADPOOL_SIZE says more).
// One compression per core: more at once only makes the encoders evict each other's tables from
// the caches (on 2 cores, 4 at once took a tenth more CPU time for the same files, 8 at once 40 %).
const CONCURRENCY = availableParallelism();

function compress(encoding: 'br' | 'gzip', data: Buffer): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(data, { level: GZIP_LEVEL });
  return brotli(data, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/**
 * Writes one compressed copy under a hidden temporary name (no server serves dotfiles) and
 * renames it into place, so that a server never reads half of it, and a copy hard-linked from an
 * earlier release is replaced rather than overwritten in both.
 */
async function writeCopy(target: string, data: Buffer, mtime: number): Promise<void> {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`
  );
  try {
    await writeFile(temporary, data);
    // The same Last-Modified whichever encoding a server picks, and a 304 that agrees.
    await utimes(temporary, mtime, mtime);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function precompressFile(file: string): Promise<void> {
  const [data, info] = await Promise.all([readFile(file), stat(file)]);
  const mtime = info.mtimeMs / 1000;
  for (const { encoding, extension } of PRECOMPRESSED) {
    const target = file + extension;
    const compressed = data.length < MIN_SIZE ? null : await compress(encoding, data);
    if (compressed && compressed.length < data.length) await writeCopy(target, compressed, mtime);
    // A copy left from an earlier version of the file would be served in its place.
    else await rm(target, { force: true });
  }
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file of a build, with the
 * original's modification time, skipping files too small or too dense to gain from it (and
 * removing an older copy of those). Other files are left alone.
 */
export async function precompress(files: readonly string[]): Promise<void> {
  const queue = files.filter(isCompressible);
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const file = queue[next++]!;
      try {
        await precompressFile(file);
      } catch (error) {
        // The other workers stop at their next file: the build fails with this error, not later.
        next = queue.length;
        throw new Error(`Could not precompress ${file}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
}
