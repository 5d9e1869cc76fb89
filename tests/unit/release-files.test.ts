import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assembleRelease,
  cachedPageFiles,
  filesUnder,
  linkTree,
  removeGonePages,
} from '../../publishing/src/release-files.ts';

let temp: string;
afterEach(() => rmSync(temp, { recursive: true, force: true }));

function write(root: string, file: string, text: string): string {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

const inode = (file: string) => statSync(file).ino;

describe('assembleRelease', () => {
  it('links what the previous release has unchanged, with its compressed copies, and copies the rest', () => {
    temp = mkdtempSync(path.join(tmpdir(), 'release-files-'));
    const out = path.join(temp, 'out');
    const previous = path.join(temp, 'r1');
    const next = path.join(temp, 'r2');
    write(out, 'client/nl/a/index.html', 'A');
    write(out, 'client/nl/b/index.html', 'B');
    const first = assembleRelease(out, previous, null);
    expect([...first.written].sort()).toEqual(['client/nl/a/index.html', 'client/nl/b/index.html']);
    write(previous, 'client/nl/a/index.html.br', 'compressed A');

    // b is rendered again with other bytes; c is new; a is untouched.
    write(out, 'client/nl/b/index.html', 'B, edited');
    write(out, 'client/nl/c/index.html', 'C');
    const second = assembleRelease(out, next, previous);

    expect([...second.written].sort()).toEqual([
      'client/nl/b/index.html',
      'client/nl/c/index.html',
    ]);
    expect(inode(path.join(next, 'client/nl/a/index.html'))).toBe(
      inode(path.join(previous, 'client/nl/a/index.html'))
    );
    expect(inode(path.join(next, 'client/nl/a/index.html.br'))).toBe(
      inode(path.join(previous, 'client/nl/a/index.html.br'))
    );
    expect(readFileSync(path.join(next, 'client/nl/b/index.html'), 'utf8')).toBe('B, edited');
    expect(readFileSync(path.join(previous, 'client/nl/b/index.html'), 'utf8')).toBe('B');
    expect(filesUnder(next).sort()).toEqual([
      'client/nl/a/index.html',
      'client/nl/a/index.html.br',
      'client/nl/b/index.html',
      'client/nl/c/index.html',
    ]);
  });

  it('keeps each copied file’s time, and links a file written again with the same bytes', () => {
    temp = mkdtempSync(path.join(tmpdir(), 'release-files-'));
    const out = path.join(temp, 'out');
    const file = write(out, 'client/index.html', 'same');
    utimesSync(file, 1_700_000_000.123456, 1_700_000_000.123456);
    assembleRelease(out, path.join(temp, 'r1'), null);
    expect(statSync(path.join(temp, 'r1/client/index.html')).mtimeMs).toBeCloseTo(
      statSync(file).mtimeMs,
      0
    );
    // Rendered again, unchanged: a new time but the same bytes.
    writeFileSync(file, 'same');
    const again = assembleRelease(out, path.join(temp, 'r2'), path.join(temp, 'r1'));
    expect(again.written).toEqual([]);
    expect(inode(path.join(temp, 'r2/client/index.html'))).toBe(
      inode(path.join(temp, 'r1/client/index.html'))
    );
  });
});

describe('removeGonePages and cachedPageFiles', () => {
  it('deletes the pages Astro no longer records, and their folders once empty', () => {
    temp = mkdtempSync(path.join(tmpdir(), 'release-files-'));
    const out = path.join(temp, 'out');
    write(out, 'client/nl/oud/index.html', 'old');
    write(out, 'client/nl/blijft/index.html', 'kept');
    const manifest = (files: string[]) => {
      const file = path.join(temp, `manifest-${files.length}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          version: 1,
          routes: {
            'src/pages/[lang]/[...path].astro': {
              paths: Object.fromEntries(files.map((outputFile) => [outputFile, { outputFile }])),
            },
          },
        })
      );
      return cachedPageFiles(file);
    };
    const gone = removeGonePages(
      out,
      manifest(['client/nl/oud/index.html', 'client/nl/blijft/index.html']),
      manifest(['client/nl/blijft/index.html'])
    );
    expect(gone).toEqual(['client/nl/oud/index.html']);
    expect(filesUnder(out)).toEqual(['client/nl/blijft/index.html']);
    expect(() => statSync(path.join(out, 'client/nl/oud'))).toThrow();
  });

  it('refuses a manifest of another format in words that say what to do', () => {
    temp = mkdtempSync(path.join(tmpdir(), 'release-files-'));
    const file = path.join(temp, 'incremental-build.json');
    writeFileSync(file, JSON.stringify({ version: 2, routes: {} }));
    expect(() => cachedPageFiles(file)).toThrow(/Rebuild now/);
    expect(cachedPageFiles(path.join(temp, 'none.json')).size).toBe(0);
  });
});

describe('linkTree', () => {
  it('links every file but those of the folders left out', () => {
    temp = mkdtempSync(path.join(tmpdir(), 'release-files-'));
    write(temp, 'a/client/nl/index.html', 'nl');
    write(temp, 'a/client/pagefind/nl/entry.json', '{}');
    write(temp, 'a/client/pagefind/fr/entry.json', '{}');
    linkTree(path.join(temp, 'a'), path.join(temp, 'b'), ['client/pagefind/nl']);
    expect(filesUnder(path.join(temp, 'b')).sort()).toEqual([
      'client/nl/index.html',
      'client/pagefind/fr/entry.json',
    ]);
  });
});
