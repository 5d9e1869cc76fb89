import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { localeCodes } from '@zorgzone/config';
import { fieldLabel } from '../content-manager/field-texts';
import {
  requestLanguage,
  validationMessages,
  type pickAdminLanguage,
  type ValidationMessages,
} from './messages';
import { endsNotAfterStart, isFilled, isValidSlug, shortTime, type Problem } from './rules';
import { SAVED_DOCUMENT_TYPES, savedDocumentProblems } from './saved-document';

type Data = Record<string, unknown>;

interface ActionContext {
  uid: string;
  action: string;
  params: { data?: Data; documentId?: string; locale?: string | string[]; status?: string };
}

/** Shared numbers that identify a document across its languages and must not repeat. */
const UNIQUE_NUMBERS: Partial<
  Record<
    string,
    {
      field: string;
      message: keyof Pick<ValidationMessages, 'numberTaken' | 'editionTaken'>;
      titleField: string;
    }
  >
> = {
  'api::workshop.workshop': { field: 'number', message: 'numberTaken', titleField: 'title' },
  'api::focus-edition.focus-edition': {
    field: 'edition',
    message: 'editionTaken',
    titleField: 'title',
  },
};

const WRITE_ACTIONS = new Set(['create', 'update', 'publish']);

/**
 * Our rules run in the Document Service, before anything is written, so the admin, the REST
 * API and the seed all get the same 400 with a message in the editor's language, and a
 * rejected document leaves the database as it was.
 */
export function registerDocumentValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith('api::') || !WRITE_ACTIONS.has(context.action)) return next();
    const language = requestLanguage(strapi);
    const messages = validationMessages(language);
    const action = context as unknown as ActionContext;
    refuse(await findProblems(strapi, action, messages, language), messages);
    if (!SAVED_DOCUMENT_TYPES.has(context.uid)) return next();
    // Rules on the document as saved run inside the write's transaction, so a refusal undoes it.
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId =
        action.params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      const { locale } = action.params;
      const locales = typeof locale === 'string' && locale !== '*' ? [locale] : localeCodes;
      if (documentId) {
        for (const code of locales)
          refuse(
            await savedDocumentProblems(strapi, context.uid, documentId, code, messages),
            messages
          );
      }
      return result;
    });
  });
}

/** Refuses a write with every problem found, in the editor's language; nothing when all is well. */
function refuse(problems: readonly Problem[], messages: ValidationMessages): void {
  if (problems.length === 0) return;
  throw new errors.ValidationError(
    problems.length === 1 ? problems[0]!.message : messages.summary(problems.length),
    {
      errors: problems.map((problem) => ({
        path: problem.path,
        message: problem.message,
        name: 'ValidationError',
      })),
    }
  );
}

async function findProblems(
  strapi: Core.Strapi,
  { uid, action, params }: ActionContext,
  messages: ValidationMessages,
  language: ReturnType<typeof pickAdminLanguage>
): Promise<Problem[]> {
  const locale = typeof params.locale === 'string' ? params.locale : undefined;
  const stored = params.documentId
    ? await storedDraft(strapi, uid, params.documentId, locale)
    : null;

  if (action === 'publish') {
    return stored ? publishProblems(strapi, uid, stored, messages, language) : [];
  }

  const data = params.data ?? {};
  const document: Data = { ...(stored ?? {}), ...data };
  const problems = [
    ...timeProblems(uid, data, document, messages),
    ...slugProblems(data, messages),
    ...(await uniqueNumberProblems(strapi, uid, data, params.documentId, locale, messages)),
    ...photoProblems(uid, document, messages),
  ];
  // The REST API publishes on create and update unless asked for a draft.
  if (params.status === 'published') {
    problems.push(...requiredProblems(strapi, uid, document, messages, language));
  }
  return problems;
}

async function storedDraft(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | undefined
) {
  return (await strapi.db.query(uid as UID.ContentType).findOne({
    where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
    populate: ['photo', 'programme'].filter(
      (field) => field in strapi.contentType(uid as UID.ContentType).attributes
    ),
  })) as Data | null;
}

function publishProblems(
  strapi: Core.Strapi,
  uid: string,
  draft: Data,
  messages: ValidationMessages,
  language: ReturnType<typeof pickAdminLanguage>
): Problem[] {
  return [
    ...requiredProblems(strapi, uid, draft, messages, language),
    ...photoProblems(uid, draft, messages),
  ];
}

function timeProblems(
  uid: string,
  data: Data,
  document: Data,
  messages: ValidationMessages
): Problem[] {
  if (uid !== 'api::workshop.workshop') return [];
  const problems: Problem[] = [];
  if (endsNotAfterStart(document.startTime, document.endTime)) {
    problems.push({
      path: ['endTime'],
      message: messages.endNotAfterStart(
        shortTime(String(document.endTime)),
        shortTime(String(document.startTime))
      ),
    });
  }
  const programme = Array.isArray(data.programme) ? (data.programme as Data[]) : [];
  programme.forEach((item, index) => {
    if (endsNotAfterStart(item.startTime, item.endTime)) {
      problems.push({
        path: ['programme', index, 'endTime'],
        message: messages.endNotAfterStart(
          shortTime(String(item.endTime)),
          shortTime(String(item.startTime))
        ),
      });
    }
  });
  return problems;
}

function slugProblems(data: Data, messages: ValidationMessages): Problem[] {
  const slug = data.slug;
  if (typeof slug !== 'string' || slug === '' || isValidSlug(slug)) return [];
  return [{ path: ['slug'], message: messages.slugFormat(slug) }];
}

async function uniqueNumberProblems(
  strapi: Core.Strapi,
  uid: string,
  data: Data,
  documentId: string | undefined,
  locale: string | undefined,
  messages: ValidationMessages
): Promise<Problem[]> {
  const rule = UNIQUE_NUMBERS[uid];
  const value = rule ? data[rule.field] : undefined;
  if (!rule || typeof value !== 'number') return [];
  const others = (await strapi.db.query(uid as UID.ContentType).findMany({
    where: { [rule.field]: value, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: [rule.titleField, 'locale', 'publishedAt'],
  })) as Data[];
  if (others.length === 0) return [];
  // Name the other document as the editor sees it in the admin: its draft, in the language being edited.
  const rank = (candidate: Data) =>
    (candidate.locale === locale ? 0 : 2) + (candidate.publishedAt === null ? 0 : 1);
  const other = others.reduce((best, candidate) =>
    rank(candidate) < rank(best) ? candidate : best
  );
  return [
    {
      path: [rule.field],
      message: messages[rule.message](value, String(other[rule.titleField] ?? '')),
    },
  ];
}

function photoProblems(uid: string, document: Data, messages: ValidationMessages): Problem[] {
  if (uid !== 'api::team-member.team-member') return [];
  return isFilled(document.photo) && !isFilled(document.photoAlt)
    ? [{ path: ['photoAlt'], message: messages.photoAltMissing() }]
    : [];
}

function requiredProblems(
  strapi: Core.Strapi,
  uid: string,
  document: Data,
  messages: ValidationMessages,
  language: ReturnType<typeof pickAdminLanguage>
): Problem[] {
  const attributes = strapi.contentType(uid as UID.ContentType).attributes as Record<
    string,
    { required?: boolean }
  >;
  return Object.entries(attributes)
    .filter(([name, attribute]) => attribute.required === true && !isFilled(document[name]))
    .map(([name]) => ({
      path: [name],
      message: messages.required(fieldLabel(uid, name, language)),
    }));
}
