import { useCallback, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import {
  countOpenWork,
  OPEN_WORK,
  type ReportRow as Row,
  type TranslationState as State,
} from '../openWork';
import { useContentTypeName } from '../../../../../admin/content-type-name';
import { PLUGIN_ID, translationKey } from '../pluginId';

const badges = {
  missing: 'danger',
  outdated: 'warning',
  draft: 'secondary',
  modified: 'secondary',
  published: 'success',
} as const;

/** Where a translator works on one language of one document. */
const editorPath = (row: Row, locale: string) =>
  row.kind === 'singleType'
    ? `/content-manager/single-types/${row.contentType}?plugins[i18n][locale]=${locale}`
    : `/content-manager/collection-types/${row.contentType}/${row.documentId}?plugins[i18n][locale]=${locale}`;

/** Every document's state in every language, filterable, each cell leading to its editor. */
const TranslationsPage = () => {
  const { formatMessage } = useIntl();
  const { get, post } = useFetchClient();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [type, setType] = useState('all');
  const [locale, setLocale] = useState('all');
  const [state, setState] = useState('open');
  const t = (key: string, values?: Record<string, number>) =>
    formatMessage({ id: translationKey(key), defaultMessage: key }, values);

  const load = useCallback(async () => {
    try {
      setRows((await get<{ data: Row[] }>(`/${PLUGIN_ID}/report`)).data.data);
    } catch {
      setFailed(true);
    }
  }, [get]);

  useEffect(() => {
    void load();
  }, [load]);

  const typeName = useContentTypeName();
  const locales = useMemo(
    () => [...new Set((rows ?? []).flatMap((row) => Object.keys(row.states)))].sort(),
    [rows]
  );
  const types = useMemo(
    () => [...new Set((rows ?? []).map((row) => row.contentType))].sort(),
    [rows]
  );
  const matches = (cell: State) =>
    state === 'all' ? true : state === 'open' ? OPEN_WORK.includes(cell) : cell === state;
  const shownLocales = locale === 'all' ? locales : [locale];
  const visible = (rows ?? []).filter(
    (row) =>
      (type === 'all' || row.contentType === type) &&
      shownLocales.some((code) => matches(row.states[code]!))
  );
  const openCount = countOpenWork(rows ?? []);

  const align = async (row: Row, code: string) => {
    setRows(
      (
        await post<{ data: Row[] }>(`/${PLUGIN_ID}/align`, {
          contentType: row.contentType,
          documentId: row.documentId,
          locale: code,
        })
      ).data.data
    );
  };

  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header
        title={t('title')}
        subtitle={`${t('subtitle')} ${rows ? t('open', { count: openCount }) : ''}`}
      />
      <Layouts.Content>
        {failed && <Typography textColor="danger600">{t('error.load')}</Typography>}
        <Flex gap={4} paddingBottom={4} wrap="wrap">
          <Field.Root name="type">
            <Field.Label>{t('filter.type')}</Field.Label>
            <SingleSelect value={type} onChange={(value) => setType(String(value))}>
              <SingleSelectOption value="all">{t('filter.all')}</SingleSelectOption>
              {types.map((uid) => (
                <SingleSelectOption key={uid} value={uid}>
                  {typeName(uid)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Field.Root name="locale">
            <Field.Label>{t('filter.locale')}</Field.Label>
            <SingleSelect value={locale} onChange={(value) => setLocale(String(value))}>
              <SingleSelectOption value="all">{t('filter.all')}</SingleSelectOption>
              {locales.map((code) => (
                <SingleSelectOption key={code} value={code}>
                  {code.toUpperCase()}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Field.Root name="state">
            <Field.Label>{t('filter.state')}</Field.Label>
            <SingleSelect value={state} onChange={(value) => setState(String(value))}>
              <SingleSelectOption value="open">
                {t('open', { count: openCount })}
              </SingleSelectOption>
              <SingleSelectOption value="all">{t('filter.all')}</SingleSelectOption>
              {(['missing', 'outdated', 'draft', 'modified', 'published'] as const).map((value) => (
                <SingleSelectOption key={value} value={value}>
                  {t(`state.${value}`)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Flex>
        {rows && visible.length === 0 && <Typography>{t('empty')}</Typography>}
        {visible.length > 0 && (
          <Table colCount={2 + shownLocales.length} rowCount={visible.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('column.document')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('column.type')}</Typography>
                </Th>
                {shownLocales.map((code) => (
                  <Th key={code}>
                    <Typography variant="sigma">{code.toUpperCase()}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {visible.map((row) => (
                <Tr key={`${row.contentType}:${row.documentId}`}>
                  <Td>
                    <Typography>{row.title}</Typography>
                  </Td>
                  <Td>
                    <Typography>{typeName(row.contentType)}</Typography>
                  </Td>
                  {shownLocales.map((code) => (
                    <Td key={code}>
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        <Link
                          to={editorPath(row, code)}
                          data-locale={code}
                          data-document={row.documentId}
                        >
                          <Badge variant={badges[row.states[code]!]}>
                            {t(`state.${row.states[code]}`)}
                          </Badge>
                        </Link>
                        {row.states[code] === 'outdated' && (
                          <Box>
                            <Button
                              size="S"
                              variant="tertiary"
                              onClick={() => void align(row, code)}
                            >
                              {t('align')}
                            </Button>
                          </Box>
                        )}
                      </Flex>
                    </Td>
                  ))}
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default TranslationsPage;
