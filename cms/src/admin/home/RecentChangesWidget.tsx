import { Link as RouterLink } from 'react-router-dom';
import { Widget } from '@strapi/strapi/admin';
import { Link, Typography } from '@strapi/design-system';
import type { RecentChange } from '../../plugins/content-history/shared/types';
import { useAdminData } from './api';
import { useHomeTexts } from './texts';
import { WidgetItem, WidgetList } from './WidgetList';

/** The latest change of each page, by whom and when, from the versions the CMS keeps. */
const RecentChangesWidget = () => {
  const { t, brusselsTime, typeName } = useHomeTexts();
  const loaded = useAdminData(
    '/content-history/recent?limit=8',
    (body: { data: RecentChange[] }) => body.data
  );
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'failed') return <Widget.Error />;
  if (loaded.data.length === 0) return <Widget.NoData>{t('recent.none')}</Widget.NoData>;
  return (
    <WidgetList label={t('recent.title')}>
      {loaded.data.map((change) => {
        const name = change.title ?? typeName(change.contentType);
        return (
          <WidgetItem
            key={`${change.contentType} ${change.documentId} ${change.locale}`}
            detail={t('recent.detail', {
              type: typeName(change.contentType),
              language: change.locale?.toUpperCase() ?? '—',
              action: t(`action.${change.action}`),
              who: change.authorName ?? t('recent.system'),
              when: brusselsTime(change.createdAt),
            })}
          >
            {change.editPath ? (
              <Link tag={RouterLink} to={change.editPath}>
                {name}
              </Link>
            ) : (
              <Typography>{name}</Typography>
            )}
          </WidgetItem>
        );
      })}
    </WidgetList>
  );
};

export default RecentChangesWidget;
