/** `npm run build`: everything that can be built ahead of a start, whatever was built before. */
import { buildCms } from './lib/cms-build.ts';

buildCms();
