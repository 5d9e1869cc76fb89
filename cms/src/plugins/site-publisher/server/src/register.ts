import type { Core } from '@strapi/strapi';
import { actingEditor, changeOrigin } from '../../../../content/acting-editor';
import { documentTitle } from '../../../../content/document-title';
import type { BuildChange, DocumentAction } from '../../shared/build-reasons';
import { getPublisher } from './utils';

/** Document actions that change what visitors see, as the build history names them. */
function publishingAction(action: string, status: string | undefined): DocumentAction | null {
  if (action === 'publish' || action === 'unpublish' || action === 'delete') return action;
  if (status !== 'published') return null;
  if (action === 'create') return 'createPublished';
  if (action === 'update') return 'updatePublished';
  return null;
}

interface Entry {
  documentId?: string;
  locale?: string | null;
  [field: string]: unknown;
}

/**
 * The entries a document action touched, one per language: publish, unpublish and delete return
 * `{ documentId, entries }` (a delete's are the rows as they were before it), create and update
 * the saved entry.
 */
function entriesOf(result: unknown): Entry[] {
  if (!result || typeof result !== 'object') return [];
  const { entries } = result as { entries?: unknown };
  return Array.isArray(entries) ? (entries as Entry[]) : [result as Entry];
}

/**
 * Every change that reaches the public site passes through the Document Service, whoever
 * makes it (admin, REST API, seed, a scheduled job, a restore), so one middleware sees them all.
 */
export default function register({ strapi }: { strapi: Core.Strapi }) {
  strapi.documents.use(async (context, next) => {
    const { uid } = context;
    const params = context.params as { status?: string; documentId?: string; locale?: unknown };
    const action = uid.startsWith('api::') ? publishingAction(context.action, params.status) : null;
    const result = await next();
    if (!action) return result;

    const origin = changeOrigin();
    const editor = actingEditor(strapi);
    const base = { action, contentType: uid, origin, editor: editor?.name || null };
    const changes = new Map<string, BuildChange>();
    // A document's draft and published rows both come back from a delete: one change per language.
    for (const entry of entriesOf(result)) {
      const locale = entry.locale ?? null;
      changes.set(locale ?? '', {
        ...base,
        documentId: entry.documentId ?? params.documentId ?? null,
        locale,
        title: documentTitle(entry) ?? changes.get(locale ?? '')?.title ?? null,
      });
    }
    if (changes.size === 0)
      changes.set('', {
        ...base,
        documentId: params.documentId ?? null,
        locale: typeof params.locale === 'string' && params.locale !== '*' ? params.locale : null,
      });
    getPublisher(strapi).request({
      trigger: origin ? `${context.action} ${uid} (${origin})` : `${context.action} ${uid}`,
      requestedBy: editor?.email ?? null,
      changes: [...changes.values()],
    });
    return result;
  });
}
