import { randomBytes } from 'node:crypto';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isCompressible, precompress } from '../../publishing/src/precompress.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zorgzone-precompress-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A page the size of a real one: text that compresses well. */
function pageText(title: string): string {
  const paragraph = `<p>${title}: een veranderatelier over zorg in de zone, met programma en sprekers.</p>\n`;
  return `<!doctype html><html lang="nl"><title>${title}</title>\n${paragraph.repeat(60)}</html>\n`;
}

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

describe('isCompressible', () => {
  it.each([
    'index.html',
    '_astro/site.B2x9.css',
    'pagefind/pagefind.js',
    'pagefind/pagefind-ui.css',
    'entry.mjs',
    'pagefind/pagefind-entry.json',
    'sitemap.xml',
    'robots.txt',
    'nl/agenda.ics',
    'favicon.svg',
    'manifest.webmanifest',
    'PAGE.HTML',
  ])('takes %s as text to compress', (file) => {
    expect(isCompressible(file)).toBe(true);
  });

  it.each([
    'media/photo-640w.webp',
    'media/photo.jpg',
    'logo.png',
    'layout/uploads/verslag.pdf',
    'pagefind/fragment/nl_1a2b.pf_fragment',
    'pagefind/index/nl_3c4d.pf_index',
    'pagefind/pagefind.nl_5e6f.pf_meta',
    'pagefind/wasm.nl.pagefind',
    'index.html.br',
    'index.html.gz',
    '_redirects',
  ])('leaves %s alone: compressed already, or not text', (file) => {
    expect(isCompressible(file)).toBe(false);
  });
});

describe('precompress', () => {
  it('writes a brotli and a gzip copy that decompress to the file', async () => {
    const dir = tempDir();
    const text = pageText('Veranderatelier 9');
    const file = write(dir, 'nl/index.html', text);
    await precompress([file]);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text);
    expect(statSync(`${file}.br`).size).toBeLessThan(text.length / 3);
    expect(statSync(`${file}.gz`).size).toBeLessThan(text.length / 3);
  });

  it('gives each copy the modification time of its file', async () => {
    const dir = tempDir();
    const file = write(dir, 'agenda.ics', `BEGIN:VCALENDAR\r\n${'SUMMARY:Atelier\r\n'.repeat(40)}`);
    const modified = new Date('2026-03-14T09:26:53.589Z');
    utimesSync(file, modified, modified);
    await precompress([file]);
    for (const copy of [`${file}.br`, `${file}.gz`])
      expect(statSync(copy).mtime.toISOString(), copy).toBe(modified.toISOString());
  });

  it('writes no copy of a file under 256 bytes', async () => {
    const dir = tempDir();
    const file = write(dir, 'pagefind/pagefind-entry.json', '{"version":"1.4.0","languages":{}}');
    await precompress([file]);
    expect(readdirSync(path.dirname(file))).toEqual(['pagefind-entry.json']);
  });

  it('writes no copy that would be larger than its file', async () => {
    const dir = tempDir();
    // Random bytes do not compress: each copy would only add its headers.
    const file = write(dir, 'random.txt', randomBytes(4096));
    await precompress([file]);
    expect(readdirSync(dir)).toEqual(['random.txt']);
  });

  it('leaves images, PDFs and Pagefind’s own compressed files alone', async () => {
    const dir = tempDir();
    const text = pageText('not really an image');
    const files = ['photo.webp', 'verslag.pdf', 'nl_1a2b.pf_fragment', 'wasm.nl.pagefind'].map(
      (name) => write(dir, name, text)
    );
    await precompress(files);
    expect(readdirSync(dir).sort()).toEqual(files.map((file) => path.basename(file)).sort());
  });

  it('removes the copies of an earlier version that has become too small to compress', async () => {
    const dir = tempDir();
    const file = write(dir, 'index.html', pageText('Kies je taal'));
    await precompress([file]);
    writeFileSync(file, '<!doctype html><title>Kort</title>');
    await precompress([file]);
    expect(readdirSync(dir)).toEqual(['index.html']);
  });

  it('replaces a copy shared with an earlier release instead of writing into it', async () => {
    const dir = tempDir();
    const earlier = write(dir, 'old/index.html', pageText('Vorige versie'));
    await precompress([earlier]);
    const before = readFileSync(`${earlier}.br`);
    // An incremental build may hard-link an unchanged file's copies from the release before.
    const file = write(dir, 'new/index.html', pageText('Nieuwe versie'));
    linkSync(`${earlier}.br`, `${file}.br`);
    await precompress([file]);
    expect(readFileSync(`${earlier}.br`)).toEqual(before);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(
      pageText('Nieuwe versie')
    );
  });

  it('compresses many files and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const files = Array.from({ length: 200 }, (_, index) =>
      write(dir, `pages/${index}/index.html`, pageText(`Pagina ${index}`))
    );
    await precompress(files);
    for (const file of files)
      expect(readdirSync(path.dirname(file)).sort(), file).toEqual([
        'index.html',
        'index.html.br',
        'index.html.gz',
      ]);
    expect(gunzipSync(readFileSync(`${files[123]}.gz`)).toString()).toBe(pageText('Pagina 123'));
  });

  it('fails naming a file it cannot read', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'weg.html');
    await expect(precompress([missing])).rejects.toThrow(`Could not precompress ${missing}`);
  });
});
