import { Link as RouterLink } from 'react-router-dom';
import { Widget } from '@strapi/strapi/admin';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { today } from '@internationalized/date';
import { defaultLocale, localeCodes, ZONE_TIME_ZONE } from '@zorgzone/config';
import type { Job } from '../../plugins/scheduled-publishing/shared/types';
import { useAdminData } from './api';
import { useHomeTexts } from './texts';
import { WidgetItem, WidgetList } from './WidgetList';

const WORKSHOP = 'api::workshop.workshop';
const SCHEDULED_SHOWN = 5;

interface Workshop {
  documentId: string;
  title: string;
  date: string;
  status: 'draft' | 'published' | 'modified';
}

/** The next workshop in the admin's language (or the site's first), from today in Brussels on. */
const NextWorkshop = ({ locale }: { locale: string }) => {
  const { t, intl } = useHomeTexts();
  const from = today(ZONE_TIME_ZONE).toString();
  const loaded = useAdminData(
    `/content-manager/collection-types/${WORKSHOP}?page=1&pageSize=1&sort=date:ASC&filters[$and][0][date][$gte]=${from}&locale=${locale}`,
    (body: { results: Workshop[] }) => body.results[0] ?? null
  );
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'failed') return <Widget.Error />;
  const workshop = loaded.data;
  if (!workshop) return <Typography>{t('comingUp.noWorkshop')}</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Link
        tag={RouterLink}
        to={`/content-manager/collection-types/${WORKSHOP}/${workshop.documentId}?plugins[i18n][locale]=${locale}`}
      >
        {workshop.title}
      </Link>
      <Typography variant="pi" textColor="neutral600">
        {t('comingUp.workshopDetail', {
          // A calendar date: read in UTC it is the same day everywhere.
          date: intl.formatDate(workshop.date, { dateStyle: 'full', timeZone: 'UTC' }),
          status: t(`status.${workshop.status}`),
        })}
      </Typography>
    </Flex>
  );
};

/** Publications and unpublications set for a time, soonest first. */
const Scheduled = () => {
  const { t, brusselsTime } = useHomeTexts();
  const loaded = useAdminData(
    '/scheduled-publishing/jobs',
    (body: { data: { pending: Job[] } }) => body.data.pending
  );
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'failed') return <Widget.Error />;
  if (loaded.data.length === 0) return <Typography>{t('comingUp.nothingScheduled')}</Typography>;
  return (
    <WidgetList label={t('comingUp.scheduled')}>
      {loaded.data.slice(0, SCHEDULED_SHOWN).map((job) => (
        <WidgetItem
          key={job.id}
          detail={t('comingUp.jobDetail', {
            action: t(`job.${job.action}`),
            language: job.locale?.toUpperCase() ?? '—',
            when: brusselsTime(job.runAt),
            who: job.requestedByName ?? t('recent.system'),
          })}
        >
          <Link tag={RouterLink} to={job.editPath}>
            {job.title ?? t('untitled')}
          </Link>
        </WidgetItem>
      ))}
      {loaded.data.length > SCHEDULED_SHOWN && (
        <Typography variant="pi" textColor="neutral600">
          {t('comingUp.more', { count: loaded.data.length - SCHEDULED_SHOWN })}
        </Typography>
      )}
    </WidgetList>
  );
};

/** The next workshop and what is scheduled to go online or offline. */
const ComingUpWidget = () => {
  const { t, intl } = useHomeTexts();
  const language = intl.locale.split('-')[0]!;
  const locale = (localeCodes as readonly string[]).includes(language) ? language : defaultLocale;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box>
        <Typography variant="delta" tag="h3">
          {t('comingUp.nextWorkshop')}
        </Typography>
        <Box paddingTop={1}>
          <NextWorkshop locale={locale} />
        </Box>
      </Box>
      <Box>
        <Typography variant="delta" tag="h3">
          {t('comingUp.scheduled')}
        </Typography>
        <Box paddingTop={1}>
          <Scheduled />
        </Box>
      </Box>
    </Flex>
  );
};

export default ComingUpWidget;
