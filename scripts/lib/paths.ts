import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whichever script or test asks. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cmsDir = path.join(rootDir, 'cms');
export const cmsBin = path.join(rootDir, 'node_modules', '.bin', 'strapi');
