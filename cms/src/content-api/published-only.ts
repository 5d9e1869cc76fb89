import type { Core } from '@strapi/strapi';

/** Document Service actions that read; only these can leak a draft. */
const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** Strapi 5's strategy name for API tokens sent to the content API. */
const API_TOKEN_STRATEGY = 'content-api-token';

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string } };
}

/**
 * Whether a content-API request may see drafts when it asks for them: only with an API token,
 * which an administrator issued (the draft preview reads with a read-only one). The public
 * role and users-permissions users always get published content.
 */
function mayReadDrafts(state: RequestState): boolean {
  return state.auth?.strategy?.name === API_TOKEN_STRATEGY;
}

/**
 * Stock Strapi 5 serves drafts to the public role for `?status=draft` (strapi/strapi#25326).
 * Closing it in the Document Service covers every content type, list and single reads,
 * `locale=*`, filters and populated relations at once, instead of one controller at a time.
 */
export function registerPublishedOnlyContentApi(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (READ_ACTIONS.has(context.action) && context.contentType.options?.draftAndPublish) {
      const state = strapi.requestContext.get()?.state as RequestState | undefined;
      if (state?.route?.info?.type === 'content-api' && !mayReadDrafts(state)) {
        context.params = { ...context.params, status: 'published' };
      }
    }
    return next();
  });
}
