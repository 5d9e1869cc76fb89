import type { TestProject } from 'vitest/node';
import { ensureCmsBuilt } from '../../scripts/lib/cms-build.ts';
import { generateSecrets } from '../../scripts/lib/cms-env.ts';
import { startCms } from '../../scripts/lib/cms-process.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export const TEST_ADMIN = { email: 'admin@example.test', password: 'Test-admin-1234' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    database: {
      kind: TestDatabase['kind'];
      connection: TestDatabase['connection'];
      env: Record<string, string>;
    };
    cmsEnv: Record<string, string>;
  }
}

/**
 * Integration tests share one real Strapi: built from the current sources, on a fresh
 * database, with the seed applied by its first start, exactly as `npm start` does.
 */
export default async function setup(project: TestProject) {
  ensureCmsBuilt();
  const database = await createTestDatabase();
  const cmsEnv = {
    ...generateSecrets(),
    ...database.env,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ADMIN_LANGUAGE: 'nl',
  };
  const cms = await startCms({ port: await freePort(), env: cmsEnv, output: 'pipe' }).catch(
    async (error: unknown) => {
      await database.drop();
      throw error;
    }
  );
  project.provide('cmsUrl', cms.url);
  project.provide('database', {
    kind: database.kind,
    connection: database.connection,
    env: database.env,
  });
  project.provide('cmsEnv', cmsEnv);
  return async () => {
    await cms.stop();
    await database.drop();
  };
}
