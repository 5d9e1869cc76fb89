import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mediaCacheDir } from './strapi/content';

/** Publishes the uploads the build copied from Strapi under /media/ of the built site. */
export function mediaIntegration(): AstroIntegration {
  return {
    name: 'zorgzone-media',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (existsSync(mediaCacheDir))
          cpSync(mediaCacheDir, path.join(fileURLToPath(dir), 'media'), { recursive: true });
      },
    },
  };
}
