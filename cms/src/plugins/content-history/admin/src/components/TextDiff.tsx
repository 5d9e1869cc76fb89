import { diffWords } from 'diff';
import { Box, Typography, VisuallyHidden } from '@strapi/design-system';
import styled from 'styled-components';

const Removed = styled.del`
  background: ${({ theme }) => theme.colors.danger100};
  color: ${({ theme }) => theme.colors.danger700};
`;

const Added = styled.ins`
  background: ${({ theme }) => theme.colors.success100};
  color: ${({ theme }) => theme.colors.success700};
`;

const Text = styled(Typography)`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

/**
 * From one text to another, word by word: struck through what only the first has, underlined
 * what only the second has. Screen readers hear which is which.
 */
export const TextDiff = ({
  before,
  after,
  labels,
}: {
  before: string;
  after: string;
  /** What screen readers hear before struck-through and underlined text. */
  labels: { removed: string; added: string };
}) => {
  return (
    <Box padding={3} background="neutral100" hasRadius>
      <Text tag="p">
        {diffWords(before, after).map((part, index) =>
          part.removed ? (
            <Removed key={index}>
              <VisuallyHidden>{labels.removed}</VisuallyHidden>
              {part.value}
            </Removed>
          ) : part.added ? (
            <Added key={index}>
              <VisuallyHidden>{labels.added}</VisuallyHidden>
              {part.value}
            </Added>
          ) : (
            <span key={index}>{part.value}</span>
          )
        )}
      </Text>
    </Box>
  );
};
