import { useCallback, useEffect, useState } from 'react';
import { apiErrorMessage } from '../../../../../admin/api-error';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useRBAC } from '@strapi/strapi/admin';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { brusselsInstant, brusselsWallTime } from '../../../shared/brussels-time';
import type { Job, JobAction } from '../../../shared/types';
import { PLUGIN_ID } from '../pluginId';
import { useTexts } from '../useTexts';

const PERMISSIONS = { manage: [{ action: 'plugin::scheduled-publishing.manage', subject: null }] };
const DAY_MS = 24 * 60 * 60 * 1000;

interface ScheduledDocument {
  model: string;
  documentId: string;
  locale: string | null;
}

const ScheduleContent = ({ model, documentId, locale }: ScheduledDocument) => {
  const { get, post, del } = useFetchClient();
  const { t, when } = useTexts();
  const { allowedActions } = useRBAC(PERMISSIONS);
  const [jobs, setJobs] = useState<{ pending: Job[]; finished: Job[] } | null>(null);
  const [action, setAction] = useState<JobAction>('publish');
  // Tomorrow at nine, Brussels time: the usual moment for a publication to go live.
  const [wallTime, setWallTime] = useState(() => ({
    ...brusselsWallTime(new Date(Date.now() + DAY_MS)),
    time: '09:00',
  }));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(() => {
    const query = new URLSearchParams({ uid: model, documentId, locale: locale ?? '' });
    get<{ data: { pending: Job[]; finished: Job[] } }>(`/${PLUGIN_ID}/jobs?${query}`)
      .then(({ data }) => setJobs(data.data))
      .catch((cause) => setError(apiErrorMessage(cause)));
  }, [get, model, documentId, locale]);

  useEffect(load, [load]);

  const schedule = async () => {
    setError(null);
    const runAt = brusselsInstant(wallTime);
    if (!runAt) return setError(t('error.time'));
    setSaving(true);
    try {
      await post(`/${PLUGIN_ID}/jobs`, {
        uid: model,
        documentId,
        locale: locale ?? '',
        action,
        runAt,
      });
      load();
    } catch (cause) {
      setError(apiErrorMessage(cause));
    } finally {
      setSaving(false);
    }
  };

  const cancel = async (job: Job) => {
    setError(null);
    try {
      await del(`/${PLUGIN_ID}/jobs/${job.id}`);
      load();
    } catch (cause) {
      setError(apiErrorMessage(cause));
    }
  };

  const lastFailure = jobs?.finished.find((job) => job.status === 'failed');

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {jobs?.pending.length === 0 && (
        <Typography textColor="neutral600">{t('panel.none')}</Typography>
      )}
      {jobs?.pending.map((job) => (
        <Box key={job.id} padding={3} background="primary100" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography fontWeight="bold">{t(`action.${job.action}`)}</Typography>
            <Typography>{when(job.runAt)}</Typography>
            {job.requestedByName && (
              <Typography variant="pi" textColor="neutral600">
                {t('by', { name: job.requestedByName })}
              </Typography>
            )}
            {allowedActions.canManage && (
              <Button
                type="button"
                variant="danger-light"
                size="S"
                onClick={() => void cancel(job)}
              >
                {t('cancel')}
              </Button>
            )}
          </Flex>
        </Box>
      ))}
      {lastFailure && (
        <Box padding={3} background="danger100" hasRadius role="alert">
          <Typography>
            {t('panel.failed', {
              action: t(`action.${lastFailure.action}`).toLowerCase(),
              time: when(lastFailure.runAt),
            })}{' '}
            {lastFailure.error}
          </Typography>
        </Box>
      )}
      {allowedActions.canManage && (
        // Not a form: the panel sits inside the edit view's own form, which Enter would submit.
        <Flex
          direction="column"
          alignItems="stretch"
          gap={2}
          role="group"
          aria-label={t('panel.title')}
        >
          <Field.Root name="scheduled-action">
            <Field.Label>{t('form.action')}</Field.Label>
            <SingleSelect
              value={action}
              onChange={(value: string | number) => setAction(value as JobAction)}
            >
              <SingleSelectOption value="publish">{t('action.publish')}</SingleSelectOption>
              <SingleSelectOption value="unpublish">{t('action.unpublish')}</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
          <Field.Root name="scheduled-date">
            <Field.Label>{t('form.date')}</Field.Label>
            <TextInput
              type="date"
              value={wallTime.date}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                setWallTime({ ...wallTime, date: event.target.value })
              }
            />
          </Field.Root>
          <Field.Root name="scheduled-time" hint={t('form.timeHint')}>
            <Field.Label>{t('form.time')}</Field.Label>
            <TextInput
              type="time"
              value={wallTime.time}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                setWallTime({ ...wallTime, time: event.target.value })
              }
            />
            <Field.Hint />
          </Field.Root>
          {error && (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          )}
          <Button
            type="button"
            variant="secondary"
            loading={saving}
            onClick={() => void schedule()}
          >
            {t('form.submit')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};

/** The edit view's "Schedule" panel: what is planned for this language, and a new plan. */
export const SchedulePanel: PanelComponent = ({
  model,
  documentId,
  document,
}: PanelComponentProps) => {
  const { t } = useTexts();
  if (!documentId || !document) return null;
  return {
    title: t('panel.title'),
    content: (
      <ScheduleContent
        model={model}
        documentId={documentId}
        locale={typeof document.locale === 'string' ? document.locale : null}
      />
    ),
  };
};
