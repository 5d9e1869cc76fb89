import { useEffect, useState } from 'react';
import { apiErrorMessage } from '../../../../../admin/api-error';
import { useFetchClient } from '@strapi/strapi/admin';
import { Alert, Box, Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import type {
  ComparedWith,
  NotRestored,
  RestoreResult,
  VersionComparison,
} from '../../../shared/types';
import { PLUGIN_ID } from '../pluginId';
import { useTexts } from '../useTexts';
import { NotRestoredList } from './NotRestoredList';
import { TextDiff } from './TextDiff';

interface Props {
  versionId: number;
  /** The current draft (what a restore would change), or the version before (what it changed). */
  against?: ComparedWith;
  /** Whether this editor may write the draft of this language. */
  canRestore: boolean;
  /** Set when the version is a colleague's save made after this editor's form was loaded. */
  onAcknowledge?: () => void;
  onClose: () => void;
}

type Step = 'compare' | 'confirm' | 'restoring' | { done: NotRestored[] };

/** One version next to the current draft, field by field, and its restore as draft. */
export const VersionDialog = ({
  versionId,
  against = 'current',
  canRestore,
  onAcknowledge,
  onClose,
}: Props) => {
  const { get, post } = useFetchClient();
  const { t, when, fieldLabel, describe } = useTexts();
  const [comparison, setComparison] = useState<VersionComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [step, setStep] = useState<Step>('compare');

  useEffect(() => {
    get<{ data: VersionComparison }>(`/${PLUGIN_ID}/versions/${versionId}?against=${against}`)
      .then(({ data }) => setComparison(data.data))
      .catch((cause: Error) => setError(cause.message));
  }, [get, versionId, against]);
  const labels =
    against === 'current'
      ? { removed: t('diff.onlyInVersion'), added: t('diff.onlyInDraft') }
      : { removed: t('diff.removed'), added: t('diff.added') };

  const restore = async () => {
    setStep('restoring');
    try {
      const { data } = await post<{ data: RestoreResult }>(
        `/${PLUGIN_ID}/versions/${versionId}/restore`
      );
      setStep({ done: data.data.notRestored });
    } catch (cause) {
      setError(apiErrorMessage(cause));
      setStep('compare');
    }
  };

  const version = comparison?.version;
  const changed = comparison?.fields.filter((field) => field.before !== field.after) ?? [];
  const unchanged = comparison?.fields.filter((field) => field.before === field.after) ?? [];
  const shown = showUnchanged ? [...changed, ...unchanged] : changed;

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>
            {version ? `${describe(version)} · ${when(version.createdAt)}` : t('dialog.loading')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {error && (
              <Alert
                variant="danger"
                closeLabel={t('close')}
                title={t('error')}
                onClose={() => setError(null)}
              >
                {error}
              </Alert>
            )}
            {!comparison && !error && <Loader small>{t('dialog.loading')}</Loader>}
            {typeof step === 'object' ? (
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Alert
                  variant="success"
                  closeLabel={t('close')}
                  title={t('restore.done.title')}
                  onClose={onClose}
                >
                  {t('restore.done')}
                </Alert>
                <NotRestoredList items={step.done} uid={version?.contentType ?? ''} />
              </Flex>
            ) : (
              comparison &&
              version && (
                <>
                  {!comparison.current && against === 'current' && (
                    <Typography>{t('dialog.noDraft')}</Typography>
                  )}
                  <Typography variant="pi" textColor="neutral600">
                    {t(against === 'current' ? 'dialog.legend' : 'dialog.legend.previous')}
                  </Typography>
                  {changed.length === 0 && (
                    <Typography>
                      {t(against === 'current' ? 'dialog.noChanges' : 'dialog.noChanges.previous')}
                    </Typography>
                  )}
                  {shown.map((field) => (
                    <Box key={field.name} tag="section">
                      <Typography variant="sigma" tag="h3" textColor="neutral700">
                        {fieldLabel(version.contentType, field.name)}
                        {field.before === field.after ? ` · ${t('dialog.unchanged')}` : ''}
                      </Typography>
                      <TextDiff before={field.before} after={field.after} labels={labels} />
                    </Box>
                  ))}
                  {unchanged.length > 0 && (
                    <Box>
                      <Button variant="tertiary" onClick={() => setShowUnchanged(!showUnchanged)}>
                        {showUnchanged
                          ? t('dialog.hideUnchanged')
                          : t('dialog.showUnchanged', { count: unchanged.length })}
                      </Button>
                    </Box>
                  )}
                  {step !== 'compare' && (
                    <Alert
                      variant="warning"
                      closeLabel={t('close')}
                      title={t('restore.confirm.title')}
                      onClose={() => setStep('compare')}
                    >
                      {t('restore.confirm')}
                    </Alert>
                  )}
                </>
              )
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          {typeof step === 'object' ? (
            <Button onClick={() => window.location.reload()}>{t('restore.show')}</Button>
          ) : (
            <>
              <Modal.Close>
                <Button variant="tertiary">{t('close')}</Button>
              </Modal.Close>
              <Flex gap={2}>
                {onAcknowledge && comparison && (
                  <Button variant="secondary" onClick={onAcknowledge}>
                    {t('conflict.acknowledge')}
                  </Button>
                )}
                {canRestore && comparison && step === 'compare' && (
                  <Button onClick={() => setStep('confirm')}>{t('restore')}</Button>
                )}
                {canRestore && step !== 'compare' && (
                  <Button onClick={restore} loading={step === 'restoring'}>
                    {t('restore.confirmButton')}
                  </Button>
                )}
              </Flex>
            </>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
