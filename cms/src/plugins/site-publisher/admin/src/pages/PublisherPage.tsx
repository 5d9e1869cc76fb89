import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import {
  Badge,
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
import { ArrowClockwise } from '@strapi/icons';
import { failureOf } from '../../../shared/build-failures';
import { changesOf, editorsOf } from '../../../shared/build-reasons';
import type { BuildSummary, PublisherStatus } from '../../../shared/status';
import { describeWarning, groupByLocale, type Attention } from '../../../shared/warnings';
import { BuildReason, useTranslate } from '../components/BuildReason';
import { PLUGIN_ID, translationKey } from '../pluginId';
import { useWarningText } from '../warning-text';

const stateVariants = { idle: 'success', queued: 'secondary', building: 'secondary' } as const;
const resultVariants = { building: 'secondary', succeeded: 'success', failed: 'danger' } as const;

/** Table cells wrap their text: the design system's table keeps every cell on one line. */
const wrapping = { whiteSpace: 'normal', overflowWrap: 'break-word' } as const;
/** A log line is one long word (a URL): it may break anywhere rather than widen its column. */
const breakAnywhere = { whiteSpace: 'normal', overflowWrap: 'anywhere' } as const;

/**
 * A failed build in plain words, with what to do, and the technical line for the administrator
 * behind a disclosure.
 */
const FailureExplanation = ({ build }: { build: BuildSummary }) => {
  const t = useTranslate();
  const code = failureOf(build);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} style={wrapping}>
      <Typography variant="pi" data-failure={code}>
        {t(`failure.${code}`)}
        {/* With a deploy hook refused, the site built here is online: only the copy elsewhere kept the old one. */}
        {code !== 'deployHook' && <> {t('failure.kept')}</>}
      </Typography>
      {build.reason && (
        <details>
          <summary>
            <Typography variant="pi" textColor="neutral600">
              {t('failure.details')}
            </Typography>
          </summary>
          <Typography variant="pi" textColor="neutral600" tag="p" style={breakAnywhere}>
            {build.reason}
          </Typography>
        </details>
      )}
    </Flex>
  );
};

/**
 * What the latest successful build left out or found missing, per language, each with a link
 * to where an editor mends it in that language.
 */
const AttentionSection = ({ attention }: { attention: Attention | null }) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (key: string, values?: Record<string, string | number>) =>
    formatMessage({ id: translationKey(key), defaultMessage: key }, values);
  const warningText = useWarningText();

  return (
    <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-labelledby="attention">
      <Typography variant="beta" tag="h2" id="attention">
        {t('attention')}
      </Typography>
      <Typography>{t('attention.intro')}</Typography>
      {!attention ? (
        <Typography>{t('attention.pending')}</Typography>
      ) : attention.warnings.length === 0 ? (
        <Typography>{t('attention.none')}</Typography>
      ) : (
        <>
          <Typography variant="pi" textColor="neutral600">
            {t('attention.build', {
              date: formatDate(attention.finishedAt, { dateStyle: 'long', timeStyle: 'short' }),
            })}
          </Typography>
          {groupByLocale(attention.warnings).map((group) => (
            <Box key={group.locale} tag="section" aria-labelledby={`attention-${group.locale}`}>
              <Flex gap={2} alignItems="baseline" paddingBottom={2}>
                <Typography
                  variant="delta"
                  tag="h3"
                  id={`attention-${group.locale}`}
                  lang={group.locale}
                >
                  {group.name}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('attention.count', { count: group.warnings.length })}
                </Typography>
              </Flex>
              <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
                {group.warnings.map((warning, index) => {
                  const message = describeWarning(warning);
                  return (
                    <Box
                      key={index}
                      tag="li"
                      background="neutral0"
                      hasRadius
                      shadow="tableShadow"
                      padding={3}
                      data-code={warning.code}
                    >
                      <Typography tag="p">{warningText.sentence(warning, message)}</Typography>
                      {message.fixes.length > 0 && (
                        <Flex gap={4} paddingTop={1} wrap="wrap">
                          {message.fixes.map((fix) => (
                            <Link key={fix.to} tag={RouterLink} to={fix.to}>
                              {warningText.fix(fix)}
                            </Link>
                          ))}
                        </Flex>
                      )}
                    </Box>
                  );
                })}
              </Flex>
            </Box>
          ))}
        </>
      )}
    </Flex>
  );
};

/** Build status, what needs mending, and the history, with "Rebuild now" for those allowed to. */
const PublisherPage = () => {
  const { formatMessage, formatDate, formatNumber, formatList } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({
    rebuild: [{ action: 'plugin::site-publisher.rebuild', subject: null }],
  });
  const [status, setStatus] = useState<PublisherStatus | null>(null);
  const [failed, setFailed] = useState(false);
  const t = (key: string, values?: Record<string, string | number>) =>
    formatMessage({ id: translationKey(key), defaultMessage: key }, values);
  const columns = ['started', 'trigger', 'by', 'build', 'result'] as const;
  // Short, so the column stays narrow: the year only when it is not this one.
  const started = (date: string) =>
    formatDate(date, {
      day: 'numeric',
      month: 'short',
      ...(new Date(date).getFullYear() === new Date().getFullYear() ? {} : { year: 'numeric' }),
      hour: '2-digit',
      minute: '2-digit',
    });
  const buildFigures = (build: BuildSummary) => {
    const figures = [
      build.durationMs === null
        ? null
        : t('build.duration', {
            seconds: formatNumber(build.durationMs / 1000, { maximumFractionDigits: 1 }),
          }),
      build.pageCount === null ? null : t('build.pages', { count: build.pageCount }),
    ].filter((figure): figure is string => figure !== null);
    return figures.length > 0 ? figures : ['—'];
  };

  const load = useCallback(async () => {
    try {
      const { data } = await get<{ data: PublisherStatus }>(`/${PLUGIN_ID}/status`);
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
    const { data } = await post<{ data: PublisherStatus }>(`/${PLUGIN_ID}/rebuild`);
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
            <AttentionSection attention={status.attention} />
            <Typography variant="beta" tag="h2">
              {t('history')}
            </Typography>
            {status.builds.length === 0 ? (
              <Typography>{t('history.empty')}</Typography>
            ) : (
              <Table colCount={columns.length} rowCount={status.builds.length + 1}>
                <Thead>
                  <Tr>
                    {columns.map((column) => (
                      <Th key={column} style={column === 'trigger' ? { width: '40%' } : undefined}>
                        <Typography variant="sigma">{t(`column.${column}`)}</Typography>
                      </Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {status.builds.map((build) => {
                    const editors = editorsOf(changesOf(build));
                    return (
                      <Tr key={build.id} style={{ verticalAlign: 'top' }}>
                        <Td>
                          <Typography style={wrapping}>
                            <time dateTime={build.startedAt}>{started(build.startedAt)}</time>
                          </Typography>
                        </Td>
                        <Td style={wrapping}>
                          <BuildReason build={build} siteUrl={status.siteUrl} />
                        </Td>
                        <Td>
                          <Typography style={wrapping}>
                            {editors.length > 0
                              ? formatList(editors, { type: 'conjunction' })
                              : (build.requestedBy ?? '—')}
                          </Typography>
                        </Td>
                        <Td>
                          <Flex direction="column" alignItems="flex-start">
                            {buildFigures(build).map((figure) => (
                              <Typography key={figure}>{figure}</Typography>
                            ))}
                          </Flex>
                        </Td>
                        <Td>
                          <Flex direction="column" alignItems="flex-start" gap={1}>
                            <Badge variant={resultVariants[build.status]}>
                              {t(`result.${build.status}`)}
                            </Badge>
                            {build.status === 'failed' && <FailureExplanation build={build} />}
                          </Flex>
                        </Td>
                      </Tr>
                    );
                  })}
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
