import type { ReactNode } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

/** One line of a widget: what, then who or when underneath. */
export const WidgetItem = ({ children, detail }: { children: ReactNode; detail?: ReactNode }) => (
  // A redirect is known by its old address, which has no spaces to wrap at on a phone.
  <Box tag="li" paddingTop={2} paddingBottom={2} style={{ overflowWrap: 'anywhere' }}>
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {children}
      {detail && (
        <Typography variant="pi" textColor="neutral600">
          {detail}
        </Typography>
      )}
    </Flex>
  </Box>
);

/** A widget's list; Strapi's widget frame scrolls it when it is long. */
export const WidgetList = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box tag="ul" aria-label={label}>
    {children}
  </Box>
);
