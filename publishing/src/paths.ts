import path from 'node:path';

/** The repository root: releases are built from its site/ and its node_modules/.bin. */
export const rootDir = path.resolve(import.meta.dirname, '..', '..');
export const siteDir = path.join(rootDir, 'site');
