import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/**
 * A line a built file may carry that says when it was built, not what it shows: two builds of
 * the same content differ there and nowhere else. Each one is named, with why, by the test that
 * allows it; only the matching lines of the matching files are set aside.
 */
export interface BuildStamp {
  /** The files (relative to the release, `/`-separated) that carry it. */
  readonly files: RegExp;
  /** What of their text is the stamp; replaced by `<build stamp>` before comparing. */
  readonly stamp: RegExp;
  readonly why: string;
}

/** What of a release two builds of the same content must agree on, beside `client/`. */
const RELEASE_FILES = ['redirects.nginx.conf', 'redirects.caddy'];

const COMPRESSED = [
  { extension: '.br', decompress: brotliDecompressSync },
  { extension: '.gz', decompress: gunzipSync },
] as const;

/** Every file of a release that visitors and web servers read, relative to it, sorted. */
export function servedFiles(release: string): string[] {
  const client = path.join(release, 'client');
  const files = existsSync(client)
    ? readdirSync(client, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) =>
          path.relative(release, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
        )
    : [];
  return [...files, ...RELEASE_FILES.filter((file) => existsSync(path.join(release, file)))].sort();
}

const isText = (bytes: Buffer) => !bytes.subarray(0, 8000).includes(0);

/** Where two texts part, with some context on each side: enough to say what is wrong. */
function firstDifference(a: string, b: string): string {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
  const line = a.slice(0, index).split('\n').length;
  const around = (text: string) =>
    JSON.stringify(text.slice(Math.max(0, index - 100), index + 160));
  return `    at line ${line}, character ${index}:\n      A: ${around(a)}\n      B: ${around(b)}`;
}

export interface ReleaseComparison {
  /** One line per file that differs: only in A, only in B, other bytes, a bad compressed copy. */
  readonly differences: readonly string[];
  /**
   * Brotli or gzip copies only one release has, of a file both have with the same bytes: what
   * visitors get is the same, only whether a server can send it compressed differs.
   */
  readonly copies: readonly string[];
  /** The differences again, the first few with where their text parts: for a failure's message. */
  readonly report: string;
  /** How many files were compared (compressed copies included). */
  readonly files: number;
}

/**
 * Compares two releases file by file: the same files under `client/` and the web servers'
 * redirect includes, the same bytes in each apart from the declared build stamps, every
 * `.br`/`.gz` decompressing to its own file's bytes, and (reported apart, in `copies`) the same
 * files with compressed copies.
 */
export function compareReleases(
  a: string,
  b: string,
  stamps: readonly BuildStamp[] = []
): ReleaseComparison {
  const filesA = servedFiles(a);
  const setA = new Set(filesA);
  const filesB = new Set(servedFiles(b));
  const differences: string[] = [];
  const copies: string[] = [];
  const details: string[] = [];
  const inBoth = (file: string) => filesB.has(file) && setA.has(file);
  const copyOf = (file: string) => {
    const compressed = COMPRESSED.find(({ extension }) => file.endsWith(extension));
    return compressed ? file.slice(0, -compressed.extension.length) : null;
  };
  const onlyIn = (name: string, file: string) => {
    const original = copyOf(file);
    if (original && inBoth(original)) copies.push(`only in ${name}: ${file}`);
    else differences.push(`only in ${name}: ${file}`);
  };
  for (const file of filesA) if (!filesB.has(file)) onlyIn('A', file);
  for (const file of filesB) if (!setA.has(file)) onlyIn('B', file);
  const normalise = (file: string, text: string) =>
    stamps
      .filter((stamp) => stamp.files.test(file))
      .reduce((result, stamp) => result.replace(stamp.stamp, '<build stamp>'), text);
  // Every compressed copy, in either release, must be its own file's bytes.
  for (const [name, release, files] of [
    ['A', a, filesA],
    ['B', b, [...filesB]],
  ] as const) {
    for (const file of files) {
      const compressed = COMPRESSED.find(({ extension }) => file.endsWith(extension));
      if (!compressed) continue;
      const original = file.slice(0, -compressed.extension.length);
      const own = path.join(release, original);
      let matches = false;
      try {
        matches =
          existsSync(own) &&
          compressed.decompress(readFileSync(path.join(release, file))).equals(readFileSync(own));
      } catch {
        // A copy that does not decompress is as wrong as one with other bytes.
      }
      if (!matches) differences.push(`${file} in ${name} is not ${original} compressed`);
    }
  }
  for (const file of filesA) {
    if (!filesB.has(file) || copyOf(file)) continue;
    const bytesA = readFileSync(path.join(a, file));
    const bytesB = readFileSync(path.join(b, file));
    if (bytesA.equals(bytesB)) continue;
    if (isText(bytesA) && isText(bytesB)) {
      const textA = normalise(file, bytesA.toString('utf8'));
      const textB = normalise(file, bytesB.toString('utf8'));
      if (textA === textB) continue;
      differences.push(`other bytes: ${file}`);
      if (details.length < 5) details.push(`  ${file}\n${firstDifference(textA, textB)}`);
    } else {
      differences.push(`other bytes: ${file} (${bytesA.length} and ${bytesB.length} bytes)`);
    }
  }
  const report = differences.length
    ? [
        `${differences.length} of ${filesA.length} files differ between ${a} (A) and ${b} (B):`,
        ...differences.slice(0, 40).map((line) => `  ${line}`),
        ...(differences.length > 40 ? [`  … and ${differences.length - 40} more`] : []),
        ...(details.length ? ['The first text differences:', ...details] : []),
      ].join('\n')
    : '';
  return { differences, copies, report, files: filesA.length };
}

/** Whether a file of one release is the same file (a hard link) as that of another. */
export function sameInode(releaseA: string, releaseB: string, file: string): boolean {
  const a = statSync(path.join(releaseA, file), { throwIfNoEntry: false });
  const b = statSync(path.join(releaseB, file), { throwIfNoEntry: false });
  return !!a && !!b && a.ino === b.ino && a.dev === b.dev;
}
