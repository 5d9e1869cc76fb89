import { Link as RouterLink } from 'react-router-dom';
import { Widget } from '@strapi/strapi/admin';
import { Flex, Link, Typography } from '@strapi/design-system';
import {
  describeWarning,
  groupByLocale,
  type Attention,
} from '../../plugins/site-publisher/shared/warnings';
import { useAdminData } from './api';
import { useHomeTexts } from './texts';
import { useWarningText } from '../../plugins/site-publisher/admin/src/warning-text';
import { WidgetItem, WidgetList } from './WidgetList';

/**
 * What the site still lacks, per language, as the latest successful build found it: missing
 * legal facts, a legal page with no translation, a statement not reviewed for a year, links and
 * blocks left out. Each line leads to where it is mended.
 */
const SiteChecklistWidget = () => {
  const { t } = useHomeTexts();
  const warningText = useWarningText();
  const loaded = useAdminData(
    '/site-publisher/status',
    (body: { data: { attention: Attention | null } }) => body.data.attention
  );
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'failed') return <Widget.Error />;
  const attention = loaded.data;
  if (!attention) return <Widget.NoData>{t('checklist.pending')}</Widget.NoData>;
  if (attention.warnings.length === 0) return <Typography>{t('checklist.complete')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {groupByLocale(attention.warnings).map((group) => (
        <Flex key={group.locale} direction="column" alignItems="stretch" gap={1}>
          <Typography variant="delta" tag="h3" lang={group.locale}>
            {t('checklist.language', { language: group.name, count: group.warnings.length })}
          </Typography>
          <WidgetList label={group.name}>
            {group.warnings.map((warning, index) => {
              const message = describeWarning(warning);
              const [fix] = message.fixes;
              return (
                <WidgetItem
                  key={index}
                  detail={
                    fix && (
                      <Link tag={RouterLink} to={fix.to}>
                        {warningText.fix(fix)}
                      </Link>
                    )
                  }
                >
                  <Typography>{warningText.sentence(warning, message)}</Typography>
                </WidgetItem>
              );
            })}
          </WidgetList>
        </Flex>
      ))}
    </Flex>
  );
};

export default SiteChecklistWidget;
