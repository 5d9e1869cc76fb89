import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';
import { PLUGIN_ID, translationKey } from '../pluginId';
import { countOpenWork, type ReportRow } from '../openWork';

/**
 * The menu entry's icon with the number of translations to do on it: Strapi's menu takes a
 * fixed count at start-up, so the icon fetches and refreshes the number itself.
 */
const MenuIcon = () => {
  const { get } = useFetchClient();
  const { formatMessage } = useIntl();
  const [count, setCount] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      try {
        const { data } = await get<{ data: ReportRow[] }>(`/${PLUGIN_ID}/report`);
        if (!cancelled) setCount(countOpenWork(data.data));
      } catch {
        // No permission or not signed in yet: the icon stays without a number.
      }
    };
    void refresh();
    const interval = setInterval(() => void refresh(), 60_000);
    return () => {
      cancelled = true;
      clearInterval(interval);
    };
  }, [get]);

  return (
    <span style={{ position: 'relative', display: 'inline-flex' }}>
      <Earth />
      {count > 0 && (
        <span
          data-testid="translation-count"
          aria-label={formatMessage(
            { id: translationKey('open'), defaultMessage: '{count} to do' },
            { count }
          )}
          style={{
            position: 'absolute',
            top: '-0.6rem',
            right: '-0.9rem',
            minWidth: '1.1rem',
            padding: '0 0.25rem',
            borderRadius: '999px',
            background: '#b72b1a',
            color: '#fff',
            fontSize: '0.65rem',
            fontWeight: 700,
            lineHeight: '1.1rem',
            textAlign: 'center',
          }}
        >
          {count}
        </span>
      )}
    </span>
  );
};

export default MenuIcon;
