/** `npm run cms`: the CMS alone, built if its sources changed, with the seeded content on first start. */
import { ports } from '@zorgzone/config';
import { ensureCmsBuilt } from './lib/cms-build.ts';
import { ensureCmsEnvFile } from './lib/cms-env.ts';
import { startCms } from './lib/cms-process.ts';

ensureCmsEnvFile();
ensureCmsBuilt();
const cms = await startCms({ port: Number(process.env.PORT || ports.cms) });
console.log(`\nCMS ready.\n  Admin panel: ${cms.url}/admin\n  API:         ${cms.url}/api\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cms.stop().then(() => process.exit(0)));
}
