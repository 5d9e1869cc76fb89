import { Box, Typography } from '@strapi/design-system';
import type { NotRestored } from '../../../shared/types';
import { useTexts } from '../useTexts';

/** What a restore could not bring back, in words: the field, what it pointed to, and why. */
export const NotRestoredList = ({ items, uid }: { items: NotRestored[]; uid: string }) => {
  const { t, fieldLabel } = useTexts();
  if (items.length === 0) return null;
  return (
    <Box>
      <Typography variant="omega" fontWeight="bold" tag="p">
        {t('restore.notRestored')}
      </Typography>
      <ul>
        {items.map((item) => (
          <li key={`${item.field}-${item.name}`}>
            <Typography>
              {t(`reason.${item.reason}`, {
                field: fieldLabel(uid, item.field.split('.')[0] ?? item.field),
                name: item.name,
              })}
            </Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
};
