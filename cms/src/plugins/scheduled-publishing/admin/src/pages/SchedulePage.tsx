import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import {
  Badge,
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
import type { Job } from '../../../shared/types';
import { PLUGIN_ID } from '../pluginId';
import { useTexts } from '../useTexts';

const PERMISSIONS = { manage: [{ action: 'plugin::scheduled-publishing.manage', subject: null }] };
const REFRESH_MS = 15_000;

const JobTable = ({
  jobs,
  finished,
  onCancel,
}: {
  jobs: Job[];
  finished: boolean;
  onCancel?: (job: Job) => void;
}) => {
  const { t, when } = useTexts();
  const columns = ['when', 'document', 'language', 'action', 'by', finished ? 'result' : 'cancel'];
  return (
    <Table colCount={columns.length} rowCount={jobs.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column}>
              <Typography variant="sigma">{t(`column.${column}`)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {jobs.map((job) => (
          <Tr key={job.id}>
            <Td>
              <Typography>{when(finished && job.ranAt ? job.ranAt : job.runAt)}</Typography>
            </Td>
            <Td>
              <Link tag={RouterLink} to={job.editPath}>
                {job.title ?? t('untitled')}
              </Link>
            </Td>
            <Td>
              <Typography>{job.locale?.toUpperCase() ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography>{t(`action.${job.action}`)}</Typography>
            </Td>
            <Td>
              <Typography>{job.requestedByName ?? '—'}</Typography>
            </Td>
            <Td>
              {finished ? (
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Badge variant={job.status === 'done' ? 'success' : 'danger'}>
                    {t(`status.${job.status}`)}
                  </Badge>
                  {job.error && (
                    <Typography variant="pi" textColor="neutral600">
                      {job.error}
                    </Typography>
                  )}
                </Flex>
              ) : (
                onCancel && (
                  <Button
                    variant="danger-light"
                    size="S"
                    onClick={() => onCancel(job)}
                    aria-label={t('cancelNamed', { title: job.title ?? t('untitled') })}
                  >
                    {t('cancel')}
                  </Button>
                )
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

/** "Scheduled": every planned publication and unpublication, soonest first, and what ran lately. */
const SchedulePage = () => {
  const { t } = useTexts();
  const { get, del } = useFetchClient();
  const { allowedActions } = useRBAC(PERMISSIONS);
  const [jobs, setJobs] = useState<{ pending: Job[]; finished: Job[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    get<{ data: { pending: Job[]; finished: Job[] } }>(`/${PLUGIN_ID}/jobs`)
      .then(({ data }) => setJobs(data.data))
      .catch((cause: Error) => setError(cause.message));
  }, [get]);

  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const cancel = async (job: Job) => {
    await del(`/${PLUGIN_ID}/jobs/${job.id}`).catch((cause: Error) => setError(cause.message));
    load();
  };

  return (
    <Page.Main>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header title={t('page.title')} subtitle={t('page.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {error && <Typography textColor="danger600">{error}</Typography>}
          {jobs && (
            <>
              <Typography variant="beta" tag="h2">
                {t('page.pending')}
              </Typography>
              {jobs.pending.length === 0 ? (
                <Typography>{t('page.none')}</Typography>
              ) : (
                <JobTable
                  jobs={jobs.pending}
                  finished={false}
                  onCancel={allowedActions.canManage ? (job) => void cancel(job) : undefined}
                />
              )}
              <Typography variant="beta" tag="h2">
                {t('page.finished')}
              </Typography>
              {jobs.finished.length === 0 ? (
                <Typography>{t('page.noneFinished')}</Typography>
              ) : (
                <JobTable jobs={jobs.finished} finished />
              )}
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default SchedulePage;
