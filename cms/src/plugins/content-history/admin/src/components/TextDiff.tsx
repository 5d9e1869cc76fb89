import { diffWords } from 'diff';
import { Box, Typography, VisuallyHidden } from '@strapi/design-system';
import styled from 'styled-components';
import { useTexts } from '../useTexts';

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
 * From a version to the current draft, word by word: struck through what only the version has,
 * underlined what only the draft has. Screen readers hear which is which.
 */
export const TextDiff = ({ before, after }: { before: string; after: string }) => {
  const { t } = useTexts();
  return (
    <Box padding={3} background="neutral100" hasRadius>
      <Text tag="p">
        {diffWords(before, after).map((part, index) =>
          part.removed ? (
            <Removed key={index}>
              <VisuallyHidden>{t('diff.onlyInVersion')}</VisuallyHidden>
              {part.value}
            </Removed>
          ) : part.added ? (
            <Added key={index}>
              <VisuallyHidden>{t('diff.onlyInDraft')}</VisuallyHidden>
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
