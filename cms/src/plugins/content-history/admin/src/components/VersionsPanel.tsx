import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useForm, useRBAC } from '@strapi/strapi/admin';
import { Box, Button, Flex, TextButton, Typography } from '@strapi/design-system';
import type { EditingStatus, VersionSummary } from '../../../shared/types';
import { PLUGIN_ID } from '../pluginId';
import { useTexts } from '../useTexts';
import { VersionDialog } from './VersionDialog';

/** How often an open edit view says it is still open, and hears of colleagues' saves. */
const HEARTBEAT_MS = 10_000;
const SHOWN_AT_FIRST = 5;

const PERMISSIONS = {
  restore: [{ action: 'plugin::content-history.restore', subject: null }],
};

interface OpenDocument {
  model: string;
  documentId: string;
  locale: string | null;
  /** The version the form was loaded from: a save on top of a newer one is refused. */
  updatedAt: string | null;
}

/** One id per visit of an edit view, the same while it shows one document in one language. */
const viewIds = new Map<string, string>();
/** What the editor last typed in each visit, while unsaved: a refused save must not lose it. */
const typedValues = new Map<string, object>();

/**
 * The admin remounts the edit view's panels whenever it fetches the document again (after a
 * refused save, say), while the form keeps what the editor typed: the id outlives remounts, and
 * a new one comes with a new visit (another history entry) or a reload (a fresh page).
 */
function useVisit(documentKey: string): { visit: string; viewId: string } {
  const { key } = useLocation();
  const visit = `${key}:${documentKey}`;
  let viewId = viewIds.get(visit);
  if (!viewId) {
    viewId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    viewIds.set(visit, viewId);
  }
  return { visit, viewId };
}

/**
 * Keeps what the editor types. The admin reloads the document after any refused save and puts
 * the stored version in the form; this gives the editor's own text back on request.
 */
function useTypedValues(visit: string) {
  const values = useForm('VersionsPanel', (state) => state.values, false);
  const modified = useForm('VersionsPanel', (state) => state.modified, false);
  const setValues = useForm('VersionsPanel', (state) => state.setValues, false);
  useEffect(() => {
    if (modified && values) typedValues.set(visit, values);
  }, [visit, values, modified]);
  const kept = typedValues.get(visit);
  return {
    /** Whether the form shows something else than what the editor last typed. */
    differs: !!kept && JSON.stringify(kept) !== JSON.stringify(values),
    putBack: () => {
      if (kept && setValues) setValues(kept);
    },
  };
}

const VersionsContent = ({ model, documentId, locale, updatedAt }: OpenDocument) => {
  const { get, post } = useFetchClient();
  const { t, when, describe } = useTexts();
  const { allowedActions } = useRBAC(PERMISSIONS);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [editing, setEditing] = useState<EditingStatus | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [open, setOpen] = useState<VersionSummary | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const { visit, viewId } = useVisit(`${model}:${documentId}:${locale ?? ''}`);
  const typed = useTypedValues(visit);

  const loadVersions = useCallback(() => {
    const query = new URLSearchParams({ uid: model, documentId, locale: locale ?? '' });
    get<{ data: VersionSummary[] }>(`/${PLUGIN_ID}/versions?${query}`)
      .then(({ data }) => setVersions(data.data))
      .catch(() => setVersions([]));
  }, [get, model, documentId, locale]);

  const touch = useCallback(() => {
    post<{ data: EditingStatus }>(`/${PLUGIN_ID}/editing`, {
      uid: model,
      documentId,
      locale: locale ?? '',
      baseUpdatedAt: updatedAt,
      viewId,
    })
      .then(({ data }) => {
        setEditing(data.data);
        if (data.data.savedSince.length > 0) loadVersions();
      })
      .catch(() => undefined);
  }, [post, model, documentId, locale, updatedAt, viewId, loadVersions]);

  useEffect(() => {
    setAcknowledged(false);
    loadVersions();
    touch();
    const timer = setInterval(touch, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [loadVersions, touch]);

  const acknowledge = async () => {
    typed.putBack();
    await post(`/${PLUGIN_ID}/editing/acknowledge`, {
      uid: model,
      documentId,
      locale: locale ?? '',
    });
    setAcknowledged(true);
    setOpen(null);
    touch();
  };

  const newer = acknowledged ? [] : (editing?.savedSince ?? []);
  const shown = showAll ? (versions ?? []) : (versions ?? []).slice(0, SHOWN_AT_FIRST);

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {editing && editing.others.length > 0 && (
        <Box padding={3} background="secondary100" hasRadius role="status">
          <Typography>
            {t('presence.others', { names: editing.others.map((other) => other.name).join(', ') })}
          </Typography>
        </Box>
      )}
      {newer[0] && (
        <Box padding={3} background="warning100" hasRadius role="alert">
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography fontWeight="bold">{t('conflict.title')}</Typography>
            <Typography>
              {t('conflict.body', {
                name: newer[0].authorName ?? t('by.nobody'),
                date: when(newer[0].createdAt),
              })}
            </Typography>
            {typed.differs && (
              <Button type="button" onClick={typed.putBack}>
                {t('conflict.putBack')}
              </Button>
            )}
            <Button type="button" variant="secondary" onClick={() => setOpen(newer[0]!)}>
              {t('conflict.compare')}
            </Button>
          </Flex>
        </Box>
      )}
      {versions === null ? null : versions.length === 0 ? (
        <Typography textColor="neutral600">{t('versions.empty')}</Typography>
      ) : (
        <ol aria-label={t('versions.title')}>
          {shown.map((version) => (
            <li key={version.id}>
              <TextButton type="button" onClick={() => setOpen(version)}>
                <Flex direction="column" alignItems="flex-start" paddingTop={1} paddingBottom={1}>
                  <Typography textColor="primary600">{describe(version)}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {when(version.createdAt)}
                  </Typography>
                </Flex>
              </TextButton>
            </li>
          ))}
        </ol>
      )}
      {versions && versions.length > SHOWN_AT_FIRST && (
        <TextButton type="button" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('versions.showFewer') : t('versions.showAll', { count: versions.length })}
        </TextButton>
      )}
      {open && (
        <VersionDialog
          versionId={open.id}
          against={newer.some((version) => version.id === open.id) ? 'previous' : 'current'}
          canRestore={allowedActions.canRestore}
          onAcknowledge={newer.some((version) => version.id === open.id) ? acknowledge : undefined}
          onClose={() => {
            setOpen(null);
            loadVersions();
          }}
        />
      )}
    </Flex>
  );
};

/** The edit view's "Versions" panel: who did what and when, colleagues here now, and their saves. */
export const VersionsPanel: PanelComponent = ({
  model,
  documentId,
  document,
}: PanelComponentProps) => {
  const { t } = useTexts();
  if (!documentId || !document) return null;
  return {
    title: t('versions.title'),
    content: (
      <VersionsContent
        model={model}
        documentId={documentId}
        locale={typeof document.locale === 'string' ? document.locale : null}
        updatedAt={typeof document.updatedAt === 'string' ? document.updatedAt : null}
      />
    ),
  };
};
