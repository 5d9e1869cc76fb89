import { Widget } from '@strapi/strapi/admin';
import { Flex, Typography } from '@strapi/design-system';
import { localeCodes } from '@zorgzone/config';
import type { ReportRow } from '../../plugins/translation-status/shared/report';
import { useAdminData } from './api';
import { useHomeTexts } from './texts';

interface OpenWork {
  locale: string;
  missing: number;
  outdated: number;
}

const openWorkPerLanguage = (rows: readonly ReportRow[]): OpenWork[] =>
  localeCodes.map((locale) => ({
    locale,
    missing: rows.filter((row) => row.states[locale] === 'missing').length,
    outdated: rows.filter((row) => row.states[locale] === 'outdated').length,
  }));

/** What translators still have to do, per language; the widget's link opens the Translations page. */
const TranslationsWidget = () => {
  const { t } = useHomeTexts();
  const loaded = useAdminData('/translation-status/report', (body: { data: ReportRow[] }) =>
    openWorkPerLanguage(body.data)
  );
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'failed') return <Widget.Error />;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {loaded.data.map((work) => (
        <Flex key={work.locale} direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="delta" tag="h3">
            {t(`language.${work.locale}`)}
          </Typography>
          {work.missing + work.outdated === 0 ? (
            <Typography>{t('translations.done')}</Typography>
          ) : (
            <Typography>
              {t('translations.open', { missing: work.missing, outdated: work.outdated })}
            </Typography>
          )}
        </Flex>
      ))}
    </Flex>
  );
};

export default TranslationsWidget;
