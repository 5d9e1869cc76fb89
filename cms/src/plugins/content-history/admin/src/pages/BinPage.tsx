import { useCallback, useEffect, useState } from 'react';
import { apiErrorMessage } from '../../../../../admin/api-error';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import {
  Alert,
  Box,
  Button,
  Flex,
  Link,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { contentTypeNames } from '../../../../../content-manager/field-texts';
import type { DeletedDocumentSummary, RestoreResult } from '../../../shared/types';
import { NotRestoredList } from '../components/NotRestoredList';
import { PLUGIN_ID } from '../pluginId';
import { useTexts } from '../useTexts';

const PERMISSIONS = {
  restoreDeleted: [{ action: 'plugin::content-history.restore-deleted', subject: null }],
};

interface Restored extends RestoreResult {
  title: string;
}

const COLUMNS = ['title', 'type', 'languages', 'deletedBy', 'deletedAt', 'expiresAt', 'action'];

/** "Recently deleted": what was deleted, by whom, until when it can come back, and its restore. */
const BinPage = () => {
  const { formatMessage } = useIntl();
  const { t, when } = useTexts();
  const { get, post } = useFetchClient();
  const { allowedActions } = useRBAC(PERMISSIONS);
  const [deleted, setDeleted] = useState<DeletedDocumentSummary[] | null>(null);
  const [binDays, setBinDays] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    get<{ data: DeletedDocumentSummary[]; meta: { binDays: number } }>(`/${PLUGIN_ID}/deleted`)
      .then(({ data }) => {
        setDeleted(data.data);
        setBinDays(data.meta.binDays);
      })
      .catch((cause: Error) => setError(cause.message));
  }, [get]);

  useEffect(load, [load]);

  const typeName = (uid: string) => {
    const name = (contentTypeNames as Record<string, { label: { en: string } }>)[uid];
    return name ? formatMessage({ id: name.label.en, defaultMessage: name.label.en }) : uid;
  };

  const restore = async (entry: DeletedDocumentSummary) => {
    setRestoring(entry.documentId);
    setError(null);
    try {
      const { data } = await post<{ data: RestoreResult }>(
        `/${PLUGIN_ID}/deleted/${entry.documentId}/restore`
      );
      setRestored({ ...data.data, title: entry.title ?? t('bin.untitled') });
      load();
    } catch (cause) {
      setError(apiErrorMessage(cause));
    } finally {
      setRestoring(null);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('bin.title')}</Page.Title>
      <Layouts.Header
        title={t('bin.title')}
        subtitle={binDays === null ? undefined : t('bin.subtitle', { days: binDays })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {error && (
            <Alert
              variant="danger"
              closeLabel={t('close')}
              title={t('error')}
              onClose={() => setError(null)}
            >
              {error}
            </Alert>
          )}
          {restored && (
            <Alert
              variant="success"
              closeLabel={t('close')}
              title={t('bin.restored', {
                title: restored.title,
                locales: restored.locales.map((code) => code.toUpperCase()).join(', '),
              })}
              onClose={() => setRestored(null)}
            >
              <NotRestoredList items={restored.notRestored} uid={restored.contentType} />
              <Link tag={RouterLink} to={restored.editPath}>
                {t('bin.open')}
              </Link>
            </Alert>
          )}
          {deleted && deleted.length === 0 && (
            <Typography>{t('bin.empty', { days: binDays ?? 0 })}</Typography>
          )}
          {deleted && deleted.length > 0 && (
            <Table colCount={COLUMNS.length} rowCount={deleted.length + 1}>
              <Thead>
                <Tr>
                  {COLUMNS.map((column) => (
                    <Th key={column}>
                      <Typography variant="sigma">{t(`bin.column.${column}`)}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {deleted.map((entry) => (
                  <Tr key={`${entry.documentId}-${entry.deletedAt}`}>
                    <Td>
                      <Typography fontWeight="bold">{entry.title ?? t('bin.untitled')}</Typography>
                    </Td>
                    <Td>
                      <Typography>{typeName(entry.contentType)}</Typography>
                    </Td>
                    <Td>
                      <Typography>
                        {entry.locales.map((code) => code.toUpperCase()).join(', ')}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{entry.deletedByName ?? t('by.nobody')}</Typography>
                    </Td>
                    <Td>
                      <Typography>{when(entry.deletedAt)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{when(entry.expiresAt)}</Typography>
                    </Td>
                    <Td>
                      {allowedActions.canRestoreDeleted && (
                        <Box>
                          <Button
                            variant="secondary"
                            loading={restoring === entry.documentId}
                            onClick={() => void restore(entry)}
                            aria-label={t('bin.restoreNamed', {
                              title: entry.title ?? t('bin.untitled'),
                            })}
                          >
                            {t('bin.restore')}
                          </Button>
                        </Box>
                      )}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default BinPage;
