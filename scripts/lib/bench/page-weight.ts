import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { importSiteModule } from '../site-modules.ts';

interface SiteRoutesModule {
  routeOf(path: string): { kind: string } | null;
}

export interface TemplateWeight {
  readonly pages: number;
  readonly maxGzipBytes: number;
  readonly medianGzipBytes: number;
  /** The heaviest page of the template, to look at. */
  readonly heaviest: string;
}

export interface PageWeights {
  readonly templates: Record<string, TemplateWeight>;
  readonly pagesOver30KB: number;
  /** Pages other than search that carry any `<script`: the site promises none. */
  readonly pagesWithScriptOutsideSearch: readonly string[];
}

const LIMIT = 30 * 1024;

/**
 * The gzipped weight of every HTML page of a build with the stylesheets it links (the site
 * inlines its CSS, so normally the HTML alone), grouped by template as the site's router sees it.
 */
export async function measurePageWeights(clientDir: string): Promise<PageWeights> {
  const { routeOf } = await importSiteModule<SiteRoutesModule>('lib/routes.ts');
  const cssWeight = new Map<string, number>();
  const linkedCss = (html: string) =>
    [...html.matchAll(/<link[^>]+href="(\/[^"]+\.css)"/g)].reduce((sum, [, href]) => {
      let bytes = cssWeight.get(href!);
      if (bytes === undefined) {
        bytes = gzipSync(readFileSync(path.join(clientDir, href!))).length;
        cssWeight.set(href!, bytes);
      }
      return sum + bytes;
    }, 0);

  const byTemplate = new Map<string, { page: string; bytes: number }[]>();
  const withScript: string[] = [];
  const files = readdirSync(clientDir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.html') && !name.startsWith('pagefind')
  );
  for (const file of files) {
    const page = `/${file.replace(/index\.html$/, '')}`;
    const template =
      page === '/' ? 'language chooser' : page === '/404.html' ? '404' : routeOf(page)?.kind;
    const html = readFileSync(path.join(clientDir, file), 'utf8');
    const bytes = gzipSync(html).length + linkedCss(html);
    const kind = template ?? 'other';
    const pages = byTemplate.get(kind) ?? [];
    pages.push({ page, bytes });
    byTemplate.set(kind, pages);
    if (kind !== 'search' && html.includes('<script')) withScript.push(page);
  }

  const templates: Record<string, TemplateWeight> = {};
  let pagesOver30KB = 0;
  for (const [kind, pages] of [...byTemplate].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = pages.sort((a, b) => a.bytes - b.bytes);
    const heaviest = sorted.at(-1)!;
    pagesOver30KB += sorted.filter(({ bytes }) => bytes > LIMIT).length;
    templates[kind] = {
      pages: sorted.length,
      maxGzipBytes: heaviest.bytes,
      medianGzipBytes: sorted[Math.floor(sorted.length / 2)]!.bytes,
      heaviest: heaviest.page,
    };
  }
  return { templates, pagesOver30KB, pagesWithScriptOutsideSearch: withScript };
}
