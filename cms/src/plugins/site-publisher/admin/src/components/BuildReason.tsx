import { useIntl } from 'react-intl';
import { Flex, Link, Typography } from '@strapi/design-system';
import { changedPages, changesOf, reasonText, type Translate } from '../../../shared/build-reasons';
import type { BuildSummary } from '../../../shared/status';
import { translationKey } from '../pluginId';

/** Links under a reason before "and N more pages": a row stays a few lines high. */
const LISTED_PAGES = 3;

export interface BuildReasonProps {
  /** A build as `GET /site-publisher/status` returns it; a record from before reasons works too. */
  readonly build: Pick<BuildSummary, 'trigger' | 'changes' | 'status'>;
  /** The public site's address (the status's `siteUrl`); without it, no links to changed pages. */
  readonly siteUrl?: string;
}

/** The plugin's messages, formatted with react-intl in the admin's language. */
export function useTranslate(): Translate {
  const { formatMessage } = useIntl();
  return (key, values) => formatMessage({ id: translationKey(key), defaultMessage: key }, values);
}

/**
 * Why a build ran, in the editor's language: "Thema “Armoede” gepubliceerd (nl) door Sophie",
 * with links to the changed pages on the public site once they are there. Also for other
 * plugins' screens (the editors' home), which share the site-publisher's translations.
 */
export function BuildReason({ build, siteUrl }: BuildReasonProps) {
  const { formatList } = useIntl();
  const t = useTranslate();
  const changes = changesOf(build);
  const sentence = reasonText(changes, t, (parts) => formatList(parts, { type: 'conjunction' }));
  // A failed build put nothing online: its links would show the page as it was.
  const pages = siteUrl && build.status === 'succeeded' ? changedPages(changes) : [];
  const shown = pages.slice(0, LISTED_PAGES);

  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>{sentence}</Typography>
      {shown.length > 0 && (
        <Flex gap={2} wrap="wrap" alignItems="baseline" style={{ whiteSpace: 'normal' }}>
          <Typography variant="pi" textColor="neutral600">
            {t('pages.view')}
          </Typography>
          {shown.map((page) => (
            <Link
              key={page.path}
              href={`${siteUrl}${page.path}`}
              isExternal
              style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}
            >
              {t('pages.link', {
                title: page.title ?? t(`type.${page.type}.one`),
                locale: page.locale ?? '',
              })}
            </Link>
          ))}
          {pages.length > shown.length && (
            <Typography variant="pi" textColor="neutral600">
              {t('pages.more', { count: pages.length - shown.length })}
            </Typography>
          )}
        </Flex>
      )}
    </Flex>
  );
}

export default BuildReason;
