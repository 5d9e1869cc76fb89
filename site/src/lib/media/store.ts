import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';

/** Where the build keeps uploads and their encoded variants; the media integration publishes them under /media/. */
export const mediaCacheDir = path.resolve(
  process.env.SITE_MEDIA_CACHE || 'node_modules/.cache/zorgzone-media'
);

/** An upload's bytes and its file name in Strapi. */
export interface MediaSource {
  readonly bytes: Uint8Array;
  readonly name: string;
}

/** One image at several widths: modern formats as `<source>`s, a fallback for the `<img>`. */
export interface ResponsiveImage {
  /** The fallback (JPEG, or PNG for images with an alpha channel) at the content column's width. */
  readonly src: string;
  /** The fallback at every width. */
  readonly srcset: string;
  /** Of the largest variant: the `<img>`'s width and height, so the browser reserves its box. */
  readonly width: number;
  readonly height: number;
  /** Best first: a browser takes the first type it supports. */
  readonly sources: readonly {
    readonly type: 'image/avif' | 'image/webp';
    readonly srcset: string;
  }[];
}

/** The image for link previews (Open Graph, Twitter cards). */
export interface SocialImage {
  readonly url: string;
  readonly width: 1200;
  readonly height: 630;
  readonly type: 'image/jpeg';
}

/**
 * A 375 px phone at DPR 2 and 3 (about 690 and 1030 device px for a full-width image), the
 * ~45rem content column at DPR 1 and 2 (720, 1440), and 1920 for a full-bleed image on a
 * 1280–1440 px desktop at DPR 1.33–1.5; 540 covers small phones and half-width images.
 */
const WIDTHS = [360, 540, 720, 1080, 1440, 1920] as const;
const MAX_WIDTH = WIDTHS[WIDTHS.length - 1] ?? 1920;

/** The `<img>`'s own `src`, for the rare browser that ignores srcset: the content column. */
const SRC_WIDTH = 720;

/**
 * Part of every variant's name, with each format's options: bump it when the encoding changes in
 * a way the options do not show, so old variants stop matching. Sharp's and libvips' versions are
 * deliberately left out: an upgrade encodes the same picture, and re-encoding every image on every
 * upgrade would undo encode-once.
 */
const ENCODING_VERSION = '1';

/**
 * Each format's settings, all part of its variants' names. Measured on a 3000×2000 photo-like
 * image on 2 cores (tests/unit/site-media-store.test.ts prints the numbers): AVIF effort 3 is
 * about four times faster than sharp's default 4 for at most 10 % more bytes, and keeps the
 * 720 px AVIF near 30 KB. A JPEG gets a white background, or transparent areas would turn black.
 */
const FORMATS = {
  avif: { extension: 'avif', options: { quality: 50, effort: 3 } },
  webp: { extension: 'webp', options: { quality: 72, effort: 4 } },
  jpeg: { extension: 'jpg', options: { quality: 75, mozjpeg: true }, background: '#ffffff' },
  png: { extension: 'png', options: { compressionLevel: 9, adaptiveFiltering: true } },
} as const;

type Format = keyof typeof FORMATS;

/** Link previews are shown large, so a little more JPEG quality than the fallback. */
const SOCIAL = { width: 1200, height: 630, quality: 80 } as const;

function encode(image: Sharp, format: Format): Sharp {
  switch (format) {
    case 'avif':
      return image.avif(FORMATS.avif.options);
    case 'webp':
      return image.webp(FORMATS.webp.options);
    case 'jpeg':
      return image.flatten({ background: FORMATS.jpeg.background }).jpeg(FORMATS.jpeg.options);
    case 'png':
      return image.png(FORMATS.png.options);
  }
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The first 16 hex of a hash of the original's hash and everything that shapes the output. */
function variantPrefix(sourceHash: string, recipe: unknown): string {
  return sha256(`${ENCODING_VERSION}\n${sourceHash}\n${JSON.stringify(recipe)}`).slice(0, 16);
}

/**
 * The widths to encode for an image `original` px wide: never wider than the original, and the
 * original's own width on top when it falls between two steps (a 1000 px photo keeps its detail
 * instead of stopping at 720), unless it is within 10 % of the step below.
 */
function widthsFor(original: number): number[] {
  const widths: number[] = WIDTHS.filter((width) => width <= original);
  const largest = widths.at(-1);
  if (largest === undefined || (original < MAX_WIDTH && original > largest * 1.1))
    widths.push(original);
  return widths;
}

/** A file name that survives any file system and URL and still reads like the upload's. */
function readableName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/')).normalize('NFKD');
  const extension = path
    .extname(base)
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '')
    .replace(/^\.$/, '');
  const stem = base
    .slice(0, base.length - path.extname(base).length)
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'file'}${extension}`;
}

/** Temporary names start with a dot, which no published name does, and end in `.partial`. */
const isPartial = (name: string) => name.startsWith('.') || name.endsWith('.partial');

/**
 * Writes through a temporary name, flushed to disk, then renamed: an interrupted build leaves at
 * most a `.partial` file, never a truncated file under a name a later build would reuse.
 */
async function writeAtomically(dir: string, name: string, data: Uint8Array): Promise<void> {
  const partial = path.join(
    dir,
    `.${name}.${process.pid}-${randomBytes(4).toString('hex')}.partial`
  );
  try {
    const handle = await open(partial, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, path.join(dir, name));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function isStored(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}

/** Runs at most `concurrency` tasks at once; a finished task hands its slot to the next. */
function limiter(concurrency: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < concurrency) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

interface Variant {
  readonly format: Format;
  readonly width: number;
  readonly height: number;
  readonly name: string;
}

/**
 * Turns uploads into the files the site publishes under /media/, each named after a hash of its
 * bytes and encoding, so a file already in the cache is never encoded again, by this build or any
 * later one.
 */
export class MediaStore {
  readonly #dir: string;
  readonly #used = new Set<string>();
  readonly #images = new Map<string, Promise<ResponsiveImage>>();
  readonly #socials = new Map<string, Promise<SocialImage>>();
  readonly #files = new Map<string, Promise<string>>();
  // Bounds memory: each image in work holds its decoded pixels; its variants run in parallel.
  readonly #limit = limiter(Math.max(1, availableParallelism()));
  #encoded = 0;
  #reused = 0;

  /** A store writing into `dir` (the build's media cache by default). */
  constructor(dir: string = mediaCacheDir) {
    this.#dir = path.resolve(dir);
  }

  /** A download, published as uploaded under `<first 12 hex of its sha256>-<its readable name>`. */
  file(source: MediaSource): Promise<string> {
    const name = `${sha256(source.bytes).slice(0, 12)}-${readableName(source.name)}`;
    let url = this.#files.get(name);
    if (!url) {
      url = (async () => {
        await mkdir(this.#dir, { recursive: true });
        if (!(await isStored(path.join(this.#dir, name))))
          await writeAtomically(this.#dir, name, source.bytes);
        this.#used.add(name);
        return `/media/${name}`;
      })();
      this.#files.set(name, url);
    }
    return url;
  }

  /** An image at every width that fits it, in AVIF, WebP and a JPEG or PNG fallback. */
  image(source: MediaSource): Promise<ResponsiveImage> {
    const hash = sha256(source.bytes);
    let image = this.#images.get(hash);
    if (!image) {
      image = this.#limit(() => this.#encodeImage(source, hash));
      this.#images.set(hash, image);
    }
    return image;
  }

  /** The image cropped to 1200×630 around what draws the eye, for link previews. */
  social(source: MediaSource): Promise<SocialImage> {
    const hash = sha256(source.bytes);
    let social = this.#socials.get(hash);
    if (!social) {
      social = this.#limit(() => this.#encodeSocial(source, hash));
      this.#socials.set(hash, social);
    }
    return social;
  }

  /** Variants (and social images) this store encoded, and those it found already in the cache. */
  stats(): { encoded: number; reused: number } {
    return { encoded: this.#encoded, reused: this.#reused };
  }

  /** Every file name this store produced or reused, sorted: what the build publishes. */
  usedFiles(): string[] {
    return [...this.#used].sort();
  }

  async #encodeImage(source: MediaSource, hash: string): Promise<ResponsiveImage> {
    const metadata = await readMetadata(source);
    const { width: originalWidth, height: originalHeight } = metadata.autoOrient;
    const fallback: Format = metadata.hasAlpha ? 'png' : 'jpeg';
    const formats: Format[] = ['avif', 'webp', fallback];
    const widths = widthsFor(originalWidth);
    const heightAt = (width: number) =>
      Math.max(1, Math.round((originalHeight * width) / originalWidth));
    const variants: Variant[] = formats.flatMap((format) => {
      const prefix = variantPrefix(hash, { format, ...FORMATS[format] });
      return widths.map((width) => ({
        format,
        width,
        height: heightAt(width),
        name: `${prefix}-${width}w.${FORMATS[format].extension}`,
      }));
    });

    await mkdir(this.#dir, { recursive: true });
    const stored = await Promise.all(
      variants.map((variant) => isStored(path.join(this.#dir, variant.name)))
    );
    const missing = variants.filter((_, index) => !stored[index]);
    this.#reused += variants.length - missing.length;
    if (missing.length) {
      const largest = widths[widths.length - 1] ?? originalWidth;
      // Decoded once, at the largest width needed: every variant resizes these pixels instead of
      // decoding the upload again (sharp's clone() copies the input, and each clone decodes it).
      // 10–20 % faster for the test photo's 18 variants.
      const pixels = await withName(source, () =>
        sharp(source.bytes, { failOn: 'error' })
          .autoOrient()
          .resize(largest, heightAt(largest), { fit: 'fill' })
          .raw()
          .toBuffer({ resolveWithObject: true })
      );
      const { width, height, channels } = pixels.info;
      await Promise.all(
        missing.map(async (variant) => {
          let image = sharp(pixels.data, { raw: { width, height, channels } });
          // Both sides given, so each variant has exactly the size its srcset entry states.
          if (variant.width !== width)
            image = image.resize(variant.width, variant.height, { fit: 'fill' });
          const data = await withName(source, () => encode(image, variant.format).toBuffer());
          await writeAtomically(this.#dir, variant.name, data);
          this.#encoded++;
        })
      );
    }
    for (const variant of variants) this.#used.add(variant.name);

    const srcsetOf = (format: Format) =>
      variants
        .filter((variant) => variant.format === format)
        .map((variant) => `/media/${variant.name} ${variant.width}w`)
        .join(', ');
    const fallbacks = variants.filter((variant) => variant.format === fallback);
    const top = fallbacks[fallbacks.length - 1];
    const src = fallbacks.filter((variant) => variant.width <= SRC_WIDTH).at(-1) ?? fallbacks[0];
    if (!top || !src) throw new Error(`No variant planned for the image "${source.name}".`);
    return {
      src: `/media/${src.name}`,
      srcset: srcsetOf(fallback),
      width: top.width,
      height: top.height,
      sources: [
        { type: 'image/avif', srcset: srcsetOf('avif') },
        { type: 'image/webp', srcset: srcsetOf('webp') },
      ],
    };
  }

  async #encodeSocial(source: MediaSource, hash: string): Promise<SocialImage> {
    const prefix = variantPrefix(hash, { social: SOCIAL, jpeg: FORMATS.jpeg });
    const name = `${prefix}-${SOCIAL.width}x${SOCIAL.height}.jpg`;
    await mkdir(this.#dir, { recursive: true });
    if (await isStored(path.join(this.#dir, name))) {
      this.#reused++;
    } else {
      const data = await withName(source, () =>
        sharp(source.bytes, { failOn: 'error' })
          .autoOrient()
          // Smaller images are enlarged: link previews want exactly this size.
          .resize(SOCIAL.width, SOCIAL.height, { fit: 'cover', position: sharp.strategy.attention })
          .flatten({ background: FORMATS.jpeg.background })
          .jpeg({ ...FORMATS.jpeg.options, quality: SOCIAL.quality })
          .toBuffer()
      );
      await writeAtomically(this.#dir, name, data);
      this.#encoded++;
    }
    this.#used.add(name);
    return {
      url: `/media/${name}`,
      width: SOCIAL.width,
      height: SOCIAL.height,
      type: 'image/jpeg',
    };
  }
}

async function withName<T>(source: MediaSource, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The image "${source.name}" could not be processed (${reason}): upload it again as JPEG, PNG, GIF or WebP.`,
      { cause: error }
    );
  }
}

async function readMetadata(source: MediaSource) {
  const metadata = await withName(source, () => sharp(source.bytes).metadata());
  const { width, height } = metadata.autoOrient;
  if (!width || !height)
    throw new Error(`The image "${source.name}" has no width or height: upload it again.`);
  return metadata;
}

/** Where the data layer lists the media files a build uses: beside the build report when there is one. */
export function mediaManifestPath(): string {
  const report = process.env.SITE_BUILD_REPORT;
  return report
    ? path.join(path.dirname(report), 'media-manifest.json')
    : path.join(mediaCacheDir, '..', 'zorgzone-media-manifest.json');
}

/** Records the media files this build uses, so only those are published. */
export function writeMediaManifest(files: readonly string[]): void {
  const file = mediaManifestPath();
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify({ files: [...new Set(files)].sort() }, null, 2));
  renameSync(partial, file);
}

/** The media files a manifest lists, or undefined when there is none; a malformed one fails loudly. */
export function readMediaManifest(file: string = mediaManifestPath()): string[] | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const listed: unknown =
    parsed && typeof parsed === 'object' ? Reflect.get(parsed, 'files') : null;
  const entries: readonly unknown[] = Array.isArray(listed) ? listed : [];
  // Plain names only: a manifest must never make the build publish a file outside the cache.
  const names = entries.filter(
    (name): name is string =>
      typeof name === 'string' && name !== '' && name === path.basename(name) && !isPartial(name)
  );
  if (!Array.isArray(listed) || names.length !== entries.length)
    throw new Error(
      `The media manifest ${file} is not a list of media file names: delete it and build again.`
    );
  return names;
}

/** Whether a cache entry is a finished file the site may publish, not an interrupted write. */
export function isPublishable(name: string): boolean {
  return !isPartial(name);
}
