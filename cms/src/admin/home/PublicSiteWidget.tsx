import { Widget } from '@strapi/strapi/admin';
import { Badge, Flex, Link, Typography } from '@strapi/design-system';
import { ExternalLink } from '@strapi/icons';
import { BuildReason } from '../../plugins/site-publisher/admin/src/components/BuildReason';
import type { PublisherStatus } from '../../plugins/site-publisher/shared/status';
import { useAdminData } from './api';
import { useHomeTexts } from './texts';

const REFRESH_MS = 10_000;
const resultVariants = { building: 'secondary', succeeded: 'success', failed: 'danger' } as const;

/** Whether the public site is up to date, its last build (when, why, how it ended), and a link to it. */
const PublicSiteWidget = () => {
  const { t, brusselsTime } = useHomeTexts();
  const loaded = useAdminData(
    '/site-publisher/status',
    (body: { data: PublisherStatus }) => body.data,
    REFRESH_MS
  );
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'failed') return <Widget.Error />;
  const { state, builds, siteUrl } = loaded.data;
  const last = builds[0];
  return (
    <Flex direction="column" alignItems="flex-start" gap={3}>
      <Typography aria-live="polite">
        {t(
          state === 'idle' && last?.status === 'failed'
            ? 'site.state.failed'
            : `site.state.${state}`
        )}
      </Typography>
      {last ? (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Flex gap={2} wrap="wrap">
            <Typography variant="delta" tag="h3">
              {t('site.lastBuild')}
            </Typography>
            <Badge variant={resultVariants[last.status]}>{t(`site.result.${last.status}`)}</Badge>
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            {t('site.when', { when: brusselsTime(last.startedAt) })}
          </Typography>
          <BuildReason build={last} siteUrl={siteUrl} />
        </Flex>
      ) : (
        <Typography>{t('site.noBuild')}</Typography>
      )}
      <Link href={siteUrl} isExternal endIcon={<ExternalLink />}>
        {t('site.open')}
      </Link>
    </Flex>
  );
};

export default PublicSiteWidget;
