import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  Flex,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { PLUGIN_ID, translationKey } from '../pluginId';

interface Build {
  id: number;
  trigger: string;
  requestedBy: string | null;
  status: 'building' | 'succeeded' | 'failed';
  startedAt: string;
  durationMs: number | null;
  pageCount: number | null;
  reason: string | null;
}

interface Status {
  state: 'idle' | 'queued' | 'building';
  builds: Build[];
}

const stateVariants = { idle: 'success', queued: 'secondary', building: 'secondary' } as const;
const resultVariants = { building: 'secondary', succeeded: 'success', failed: 'danger' } as const;

/** Build status and history, with "Rebuild now" for those allowed to. */
const PublisherPage = () => {
  const { formatMessage, formatDate, formatNumber } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({
    rebuild: [{ action: 'plugin::site-publisher.rebuild', subject: null }],
  });
  const [status, setStatus] = useState<Status | null>(null);
  const [failed, setFailed] = useState(false);
  const t = (key: string) => formatMessage({ id: translationKey(key), defaultMessage: key });

  const load = useCallback(async () => {
    try {
      const { data } = await get<{ data: Status }>(`/${PLUGIN_ID}/status`);
      setStatus(data.data);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [get]);

  useEffect(() => {
    void load();
    // While something is queued or building, follow it; otherwise check now and then.
    const interval = setInterval(
      () => void load(),
      status && status.state !== 'idle' ? 2000 : 10000
    );
    return () => clearInterval(interval);
  }, [load, status?.state]);

  const rebuild = async () => {
    const { data } = await post<{ data: Status }>(`/${PLUGIN_ID}/rebuild`);
    setStatus(data.data);
    toggleNotification({ type: 'success', message: t('rebuild.requested') });
  };

  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header
        title={t('title')}
        subtitle={t('subtitle')}
        primaryAction={
          allowedActions.canRebuild ? (
            <Button startIcon={<ArrowClockwise />} onClick={() => void rebuild()}>
              {t('rebuild')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        {failed && (
          <Box paddingBottom={4}>
            <Typography textColor="danger600">{t('error.load')}</Typography>
          </Box>
        )}
        {status && (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box>
              <Badge variant={stateVariants[status.state]} aria-live="polite">
                {t(`state.${status.state}`)}
              </Badge>
            </Box>
            <Typography variant="beta" tag="h2">
              {t('history')}
            </Typography>
            {status.builds.length === 0 ? (
              <Typography>{t('history.empty')}</Typography>
            ) : (
              <Table colCount={6} rowCount={status.builds.length + 1}>
                <Thead>
                  <Tr>
                    {['started', 'trigger', 'by', 'duration', 'pages', 'result'].map((column) => (
                      <Th key={column}>
                        <Typography variant="sigma">{t(`column.${column}`)}</Typography>
                      </Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {status.builds.map((build) => (
                    <Tr key={build.id}>
                      <Td>
                        <Typography>
                          {formatDate(build.startedAt, {
                            dateStyle: 'medium',
                            timeStyle: 'medium',
                          })}
                        </Typography>
                      </Td>
                      <Td>
                        <Typography>{build.trigger}</Typography>
                      </Td>
                      <Td>
                        <Typography>{build.requestedBy ?? '—'}</Typography>
                      </Td>
                      <Td>
                        <Typography>
                          {build.durationMs === null
                            ? '—'
                            : `${formatNumber(build.durationMs / 1000, { maximumFractionDigits: 1 })} s`}
                        </Typography>
                      </Td>
                      <Td>
                        <Typography>{build.pageCount ?? '—'}</Typography>
                      </Td>
                      <Td>
                        <Flex direction="column" alignItems="flex-start" gap={1}>
                          <Badge variant={resultVariants[build.status]}>
                            {t(`result.${build.status}`)}
                          </Badge>
                          {build.status === 'failed' && (
                            <Typography variant="pi" textColor="neutral600">
                              {build.reason} {t('failure.kept')}
                            </Typography>
                          )}
                        </Flex>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default PublisherPage;
