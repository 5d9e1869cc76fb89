import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/** The built site's public files (what the server sends). */
export function clientDir(): string {
  return path.join(inject('siteOutDir'), 'client');
}

export function allFiles(dir = clientDir()): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

export function htmlFiles(): string[] {
  return allFiles().filter(
    (file) => file.endsWith('.html') && !file.includes(`${path.sep}pagefind${path.sep}`)
  );
}

/** The file the server answers a site path with, or null. */
export function fileForPath(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidate = path.join(clientDir(), clean);
  if (clean.endsWith('/'))
    return existsSync(path.join(candidate, 'index.html'))
      ? path.join(candidate, 'index.html')
      : null;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

export function readPage(urlPath: string): string {
  const file = fileForPath(urlPath);
  if (!file) throw new Error(`No built page for ${urlPath}`);
  return readFileSync(file, 'utf8');
}

/** The site path a built HTML file is served at. */
export function pathOfFile(file: string): string {
  const relative = path.relative(clientDir(), file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Attribute values of every tag matching a tag name and attribute, in document order. */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((match) =>
    match[1]!.replaceAll('&amp;', '&')
  );
}

export interface Alternate {
  hreflang: string;
  href: string;
}

export function alternatesOf(html: string): Alternate[] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
    (match) => ({ hreflang: match[1]!, href: match[2]! })
  );
}

export function canonicalOf(html: string): string | null {
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? null;
}
