import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishMedia } from '../../site/src/lib/media-integration.ts';
import { photo } from '../support/photos.ts';
import {
  MediaStore,
  mediaManifestPath,
  readMediaManifest,
  writeMediaManifest,
  type MediaSource,
  type ResponsiveImage,
} from '../../site/src/lib/media/store.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zorgzone-media-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** An upload's file in the cache, from its /media/ URL. */
const fileOf = (dir: string, url: string) => path.join(dir, url.replace(/^\/media\//, ''));

/** Each srcset entry as URL and width. */
const entries = (srcset: string) =>
  srcset.split(', ').map((entry) => {
    const [url = '', width = ''] = entry.split(' ');
    return { url, width: Number(width.replace(/w$/, '')) };
  });

/** The width a variant's name states. */
const widthOf = (url: string) => Number(/-(\d+)w\.\w+$/.exec(url)?.[1]);

/** Every variant of an image, as its srcset entries state them. */
const allEntries = (image: ResponsiveImage) =>
  [image.srcset, ...image.sources.map((source) => source.srcset)].flatMap(entries);

const allUrls = (image: ResponsiveImage) => allEntries(image).map((entry) => entry.url);

/** A small flat image, distinct per `colour`. */
async function plain(
  width: number,
  height: number,
  colour = '#336699',
  options: { orientation?: number } = {}
): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: colour } });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return image.jpeg().toBuffer();
}

/** An RGBA PNG: an opaque disc on a transparent square. */
async function logo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <circle cx="400" cy="300" r="250" fill="#b33c2e"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The position of the GPS IFD pointer (tag 0x8825) in an EXIF block, either byte order. */
const hasGpsPointer = (exif: Buffer) =>
  exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));

describe('MediaStore: a 3000×2000 photo', () => {
  const dir = tempDir();
  let bytes: Buffer;
  let source: MediaSource;
  let image: ResponsiveImage;

  beforeAll(async () => {
    bytes = await photo();
    source = { bytes, name: 'Atelier 9 – groepsfoto.jpg' };
    const started = performance.now();
    image = await new MediaStore(dir).image(source);
    const seconds = (performance.now() - started) / 1000;
    const rows = allUrls(image).map((url) => {
      const [, width = '', format = ''] = /-(\d+)w\.(\w+)$/.exec(url) ?? [];
      return {
        format,
        width: Number(width),
        kB: +(statSync(fileOf(dir, url)).size / 1024).toFixed(1),
      };
    });
    console.log(
      `media store: 3000×2000 photo (${(bytes.length / 1024).toFixed(0)} kB JPEG) → ${rows.length} variants in ${seconds.toFixed(1)} s`
    );
    console.table(rows);
  }, 120_000);

  it('serves AVIF first, then WebP, then a JPEG fallback', () => {
    expect(image.sources.map((entry) => entry.type)).toEqual(['image/avif', 'image/webp']);
    expect(entries(image.srcset).every((entry) => entry.url.endsWith('.jpg'))).toBe(true);
    expect(image.src).toMatch(/^\/media\/[0-9a-f]{16}-720w\.jpg$/);
  });

  it('offers every width from 360 to 1920 px in each format', () => {
    for (const srcset of [image.srcset, ...image.sources.map((entry) => entry.srcset)])
      expect(entries(srcset).map((entry) => entry.width)).toEqual([
        360, 540, 720, 1080, 1440, 1920,
      ]);
  });

  it('encodes each variant at the width its srcset states, in its format, keeping the aspect ratio', async () => {
    const expectedFormat = { avif: 'heif', webp: 'webp', jpg: 'jpeg' } as const;
    for (const { url, width } of allEntries(image)) {
      const metadata = await sharp(fileOf(dir, url)).metadata();
      const extension = path.extname(url).slice(1) as keyof typeof expectedFormat;
      expect(metadata.format, url).toBe(expectedFormat[extension]);
      expect([metadata.width, metadata.height], url).toEqual([width, Math.round((width * 2) / 3)]);
    }
  });

  it('gives the img the size of the largest variant', () => {
    expect([image.width, image.height]).toEqual([1920, 1280]);
  });

  it('keeps the 720 px AVIF and WebP under 150 KB', () => {
    for (const source of image.sources) {
      const url = entries(source.srcset).find((entry) => entry.width === 720)?.url ?? '';
      expect(statSync(fileOf(dir, url)).size, source.type).toBeLessThan(150 * 1024);
    }
  });

  it('publishes no EXIF, so the GPS position of the upload never leaves the site', async () => {
    const uploaded = await sharp(bytes).metadata();
    expect(uploaded.exif && hasGpsPointer(uploaded.exif)).toBe(true);
    for (const url of allUrls(image)) {
      const metadata = await sharp(fileOf(dir, url)).metadata();
      expect([metadata.exif, metadata.xmp, metadata.iptc], url).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('encodes nothing again when a later build meets the same bytes', async () => {
    const later = new MediaStore(dir);
    expect(await later.image({ bytes: Buffer.from(bytes), name: 'renamed.jpg' })).toEqual(image);
    expect(later.stats()).toEqual({ encoded: 0, reused: 18 });
  });

  it('crops the social image to exactly 1200×630, in JPEG', async () => {
    const social = await new MediaStore(dir).social(source);
    expect(social).toMatchObject({ width: 1200, height: 630, type: 'image/jpeg' });
    const metadata = await sharp(fileOf(dir, social.url)).metadata();
    expect([metadata.format, metadata.width, metadata.height, metadata.exif]).toEqual([
      'jpeg',
      1200,
      630,
      undefined,
    ]);
  });

  it('encodes the social image once too', async () => {
    const first = await new MediaStore(dir).social(source);
    const later = new MediaStore(dir);
    expect(await later.social(source)).toEqual(first);
    expect(later.stats()).toEqual({ encoded: 0, reused: 1 });
  });
});

describe('MediaStore: other images', () => {
  it('falls back to PNG for an image with transparency, and keeps it in AVIF and WebP', async () => {
    const dir = tempDir();
    const image = await new MediaStore(dir).image({ bytes: await logo(), name: 'logo.png' });
    expect(entries(image.srcset).map((entry) => entry.url.slice(-4))).toEqual([
      '.png',
      '.png',
      '.png',
      '.png',
    ]);
    for (const url of allUrls(image))
      expect((await sharp(fileOf(dir, url)).metadata()).hasAlpha, url).toBe(true);
  });

  it('flattens a transparent image onto white for its social JPEG', async () => {
    const dir = tempDir();
    const social = await new MediaStore(dir).social({ bytes: await logo(), name: 'logo.png' });
    const { data } = await sharp(fileOf(dir, social.url))
      .extract({ left: 0, top: 0, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data]).toEqual([255, 255, 255]);
  });

  it('never enlarges an image narrower than the smallest width', async () => {
    const dir = tempDir();
    const image = await new MediaStore(dir).image({
      bytes: await plain(200, 150),
      name: 'small.jpg',
    });
    expect([image.width, image.height]).toEqual([200, 150]);
    for (const srcset of [image.srcset, ...image.sources.map((entry) => entry.srcset)])
      expect(entries(srcset).map((entry) => entry.width)).toEqual([200]);
    const metadata = await sharp(fileOf(dir, image.src)).metadata();
    expect([metadata.width, metadata.height]).toEqual([200, 150]);
  });

  it('adds the original width when it falls between two steps', async () => {
    const image = await new MediaStore(tempDir()).image({
      bytes: await plain(1000, 500),
      name: 'wide.jpg',
    });
    expect(entries(image.srcset).map((entry) => entry.width)).toEqual([360, 540, 720, 1000]);
    expect([image.width, image.height]).toEqual([1000, 500]);
  });

  it('turns upright a photo the camera stored on its side', async () => {
    const dir = tempDir();
    const image = await new MediaStore(dir).image({
      bytes: await plain(300, 200, '#336699', { orientation: 6 }),
      name: 'portrait.jpg',
    });
    expect([image.width, image.height]).toEqual([200, 300]);
    const metadata = await sharp(fileOf(dir, image.src)).metadata();
    expect([metadata.width, metadata.height, metadata.orientation]).toEqual([200, 300, undefined]);
  });

  it('encodes an image used twice in one build once', async () => {
    const store = new MediaStore(tempDir());
    const bytes = await plain(400, 300);
    const [first, second] = await Promise.all([
      store.image({ bytes, name: 'a.jpg' }),
      store.image({ bytes, name: 'b.jpg' }),
    ]);
    expect(second).toEqual(first);
    expect(store.stats()).toEqual({ encoded: 6, reused: 0 });
  });

  it('gives different bytes different names', async () => {
    const store = new MediaStore(tempDir());
    const blue = await store.image({ bytes: await plain(400, 300, '#336699'), name: 'photo.jpg' });
    const red = await store.image({ bytes: await plain(400, 300, '#993333'), name: 'photo.jpg' });
    expect(allUrls(red).filter((url) => allUrls(blue).includes(url))).toEqual([]);
  });

  it('names the file when an image cannot be read', async () => {
    await expect(
      new MediaStore(tempDir()).image({ bytes: Buffer.from('not an image'), name: 'broken.jpg' })
    ).rejects.toThrow(/"broken\.jpg"/);
  });

  it('never takes a half-written file for a finished variant', async () => {
    const dir = tempDir();
    const bytes = await plain(400, 300);
    const finished = await new MediaStore(dir).image({ bytes, name: 'photo.jpg' });
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    // What a build killed while writing would leave: no variant, only its partial write.
    for (const url of allUrls(finished)) {
      const file = fileOf(dir, url);
      const half = readFileSync(file).subarray(0, 40);
      rmSync(file);
      writeFileSync(path.join(dir, `.${path.basename(file)}.4242-deadbeef.partial`), half);
    }
    const later = new MediaStore(dir);
    expect(await later.image({ bytes, name: 'photo.jpg' })).toEqual(finished);
    expect(later.stats()).toEqual({ encoded: 6, reused: 0 });
    for (const url of allUrls(finished))
      expect((await sharp(fileOf(dir, url)).metadata()).width, url).toBe(widthOf(url));
    expect(later.usedFiles().some((name) => name.endsWith('.partial'))).toBe(false);
  });
});

describe('MediaStore: downloads and the files a build uses', () => {
  const pdf = Buffer.from('%PDF-1.7\n% a report\n%%EOF\n');

  it('keeps a download’s name readable and addresses it by its content', async () => {
    const dir = tempDir();
    const store = new MediaStore(dir);
    const url = await store.file({ bytes: pdf, name: 'Verslag atelier 9 (FR) – définitif.pdf' });
    const hash = createHash('sha256').update(pdf).digest('hex').slice(0, 12);
    expect(url).toBe(`/media/${hash}-Verslag-atelier-9-FR-definitif.pdf`);
    expect(readFileSync(fileOf(dir, url))).toEqual(pdf);
    expect(
      await store.file({ bytes: Buffer.from(pdf), name: 'Verslag atelier 9 (FR) – définitif.pdf' })
    ).toBe(url);
    expect(
      await store.file({
        bytes: Buffer.from('%PDF-1.7\n% changed\n'),
        name: 'Verslag atelier 9 (FR) – définitif.pdf',
      })
    ).not.toBe(url);
  });

  it('keeps a download inside the cache whatever its name', async () => {
    const url = await new MediaStore(tempDir()).file({ bytes: pdf, name: '../../etc/.passwd' });
    expect(url).toMatch(/^\/media\/[0-9a-f]{12}-passwd$/);
  });

  it('lists exactly the files it produced or found in the cache', async () => {
    const dir = tempDir();
    const bytes = await plain(400, 300);
    const first = new MediaStore(dir);
    await first.image({ bytes, name: 'photo.jpg' });
    await first.social({ bytes, name: 'photo.jpg' });
    await first.file({ bytes: pdf, name: 'report.pdf' });
    expect(first.usedFiles()).toEqual(readdirSync(dir).sort());
    expect(first.usedFiles()).toHaveLength(6 + 1 + 1);

    const later = new MediaStore(dir);
    const url = await later.file({ bytes: pdf, name: 'report.pdf' });
    expect(later.usedFiles()).toEqual([url.replace('/media/', '')]);
  });
});

describe('media manifest and publishing', () => {
  it('writes the manifest beside the build report, and reads it back', () => {
    const dir = tempDir();
    vi.stubEnv('SITE_BUILD_REPORT', path.join(dir, 'build-report.json'));
    try {
      expect(mediaManifestPath()).toBe(path.join(dir, 'media-manifest.json'));
      writeMediaManifest(['b.avif', 'a.pdf', 'b.avif']);
      expect(readMediaManifest()).toEqual(['a.pdf', 'b.avif']);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a manifest naming a file outside the cache', () => {
    const file = path.join(tempDir(), 'media-manifest.json');
    writeFileSync(file, JSON.stringify({ files: ['ok.jpg', '../../secret'] }));
    expect(() => readMediaManifest(file)).toThrow(/delete it and build again/);
  });

  it('publishes only the listed files, as hard links to the cache', async () => {
    const cache = tempDir();
    const store = new MediaStore(cache);
    const url = await store.file({ bytes: Buffer.from('%PDF-1.7\n'), name: 'used.pdf' });
    await store.file({ bytes: Buffer.from('%PDF-1.7 old\n'), name: 'unused.pdf' });
    const target = path.join(tempDir(), 'media');
    const used = fileOf(cache, url);
    expect(publishMedia(cache, target, [path.basename(used)])).toBe(1);
    expect(readdirSync(target)).toEqual([path.basename(used)]);
    expect(statSync(path.join(target, path.basename(used))).ino).toBe(statSync(used).ino);
  });

  it('publishes every finished file of the cache, and no partial write, without a manifest', () => {
    const cache = tempDir();
    writeFileSync(path.join(cache, 'a-1.pdf'), 'a');
    writeFileSync(path.join(cache, '.a-2.pdf.1-ab.partial'), 'a');
    const target = path.join(tempDir(), 'media');
    publishMedia(cache, target);
    expect(readdirSync(target)).toEqual(['a-1.pdf']);
  });

  it('fails, naming the file, when a listed file is missing from the cache', () => {
    expect(() => publishMedia(tempDir(), path.join(tempDir(), 'media'), ['gone.avif'])).toThrow(
      /gone\.avif/
    );
  });
});
