export * from './locales.js';
export * from './network.js';
export * from './routes.js';
export * from './site-warnings.js';
export * from './paths.js';
export * from './time-zone.js';
export * from './changed-documents.js';
