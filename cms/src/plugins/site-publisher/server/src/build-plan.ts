import { MAX_CHANGED_DOCUMENTS, type ChangedDocument } from '@zorgzone/config';
import { otherActions, type ChangeAction } from '../../shared/build-reasons';
import type { BuildRequest } from './services/scheduler';

/**
 * Actions after which the whole site is built again: asked for (Rebuild now), a start (content
 * may have been restored from a backup meanwhile, with older dates) and a change of languages.
 */
const FULL_BUILD_ACTIONS: ReadonlySet<ChangeAction> = new Set<ChangeAction>(otherActions);

/**
 * How the site build should go for a batch of requests: in full, or incrementally with the
 * documents that changed, which it reads again (it also reads whatever `updatedAt` shows).
 */
export function buildPlan(requests: readonly BuildRequest[]): {
  mode: 'full' | 'incremental';
  changes: ChangedDocument[];
} {
  const all = requests.flatMap((request) => request.changes ?? []);
  const changes = [
    ...new Map(
      all
        .filter((change) => change.contentType && change.documentId)
        .map((change): ChangedDocument => ({
          contentType: change.contentType as string,
          documentId: change.documentId as string,
          locale: change.locale ?? null,
        }))
        .map((change) => [`${change.contentType} ${change.documentId} ${change.locale}`, change])
    ).values(),
  ];
  const full =
    requests.some((request) => !request.changes?.length) ||
    all.some((change) => FULL_BUILD_ACTIONS.has(change.action)) ||
    changes.length > MAX_CHANGED_DOCUMENTS;
  return full ? { mode: 'full', changes: [] } : { mode: 'incremental', changes };
}
