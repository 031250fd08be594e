import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { PeriodFiguresView, ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { TextArea } from '../../../shared/components/TextArea';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { fieldText } from '../audits/fieldText';

const fields = ['month', 'incidents', 'incidentHoursToResolve', 'trainingCompletionPct', 'note', 'jql', 'incidentsJql'];

/** '' is "not known" (null); anything else must read as a number, else it is sent as is for the parser to name. */
function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

const textOf = (value: number | null) => (value === null ? '' : String(value));

interface PeriodFiguresFormProps {
  /** The month being edited (its recorded figures), or null for a new month. */
  editing: PeriodFiguresView | null;
  /** The recorded months: a month typed in that is already recorded is saved over its version. */
  recorded: readonly PeriodFiguresView[];
  onSaved: (figures: PeriodFiguresView) => void;
}

/**
 * Records one month's incidents, mean time to resolve and training completion, or counts the
 * month's incidents in Jira with a JQL search made as the reader (the review macros never call Jira).
 */
export function PeriodFiguresForm({ editing, recorded, onSaved }: PeriodFiguresFormProps) {
  const [month, setMonth] = useState(editing?.month ?? '');
  const [incidents, setIncidents] = useState(textOf(editing?.incidents ?? null));
  const [hours, setHours] = useState(textOf(editing?.incidentHoursToResolve ?? null));
  const [training, setTraining] = useState(textOf(editing?.trainingCompletionPct ?? null));
  const [note, setNote] = useState(editing?.note ?? '');
  const [jql, setJql] = useState(editing?.incidentsJql ?? '');
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState<'save' | 'count' | null>(null);
  const [counted, setCounted] = useState<PeriodFiguresView | null>(null);

  const expectedVersion = recorded.find((figures) => figures.month === month.trim())?.version ?? 0;

  const done = (result: Awaited<ReturnType<typeof callResolver<'savePeriodFigures'>>>, wasCount: boolean) => {
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setCounted(wasCount ? result.value : null);
    setIncidents(textOf(result.value.incidents));
    onSaved(result.value);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy('save');
    const result = await callResolver('savePeriodFigures', {
      month: month.trim(),
      expectedVersion,
      incidents: numberOrNull(incidents),
      incidentHoursToResolve: numberOrNull(hours),
      trainingCompletionPct: numberOrNull(training),
      incidentsJql: jql.trim() === '' ? null : jql.trim(),
      note,
    });
    done(result, false);
  };

  const count = async () => {
    if (busy) return;
    setBusy('count');
    const result = await callResolver('countIncidentsInJira', { month: month.trim(), expectedVersion, jql });
    done(result, true);
  };

  const number = (
    id: string,
    label: string,
    value: string,
    set: (text: string) => void,
    path: string,
    helper: string,
  ) => (
    <FieldBlock htmlFor={id} label={label} error={fieldText(error, path)} helper={helper}>
      <Textfield
        id={id}
        inputMode="decimal"
        value={value}
        onChange={(event) => set(event.currentTarget.value)}
        isInvalid={Boolean(fieldText(error, path))}
        testId={id}
      />
    </FieldBlock>
  );

  return (
    <form onSubmit={save} noValidate data-testid="figures-form" style={{ maxWidth: '48rem' }}>
      <Stack space="space.150">
        <Inline space="space.200" shouldWrap alignBlock="start">
          <FieldBlock
            htmlFor="figures-month"
            label="Month"
            error={fieldText(error, 'month')}
            helper="YYYY-MM"
            isRequired
          >
            <Textfield
              id="figures-month"
              value={month}
              placeholder="2026-09"
              onChange={(event) => setMonth(event.currentTarget.value)}
              isInvalid={Boolean(fieldText(error, 'month'))}
              testId="figures-month"
            />
          </FieldBlock>
          {number('figures-incidents', 'Security incidents', incidents, setIncidents, 'incidents', 'Empty: not known')}
          {number('figures-hours', 'Mean hours to resolve', hours, setHours, 'incidentHoursToResolve', 'Hours')}
          {number('figures-training', 'Training complete (%)', training, setTraining, 'trainingCompletionPct', '0–100')}
        </Inline>
        <FieldBlock htmlFor="figures-note" label="Note" error={fieldText(error, 'note')}>
          <TextArea id="figures-note" testId="figures-note" value={note} onChange={setNote} rows={2} />
        </FieldBlock>
        <FieldBlock
          htmlFor="figures-jql"
          label="JQL that finds the month’s incidents"
          error={fieldText(error, 'jql') ?? fieldText(error, 'incidentsJql')}
          helper="e.g. project = SEC AND type = Incident AND created >= 2026-09-01 AND created < 2026-10-01"
        >
          <Textfield
            id="figures-jql"
            value={jql}
            onChange={(event) => setJql(event.currentTarget.value)}
            isInvalid={Boolean(fieldText(error, 'jql') ?? fieldText(error, 'incidentsJql'))}
            testId="figures-jql"
          />
        </FieldBlock>
        {error && !shownUnderAField(error, fields) ? (
          <SectionMessage
            appearance="error"
            title={error.code === 'conflict' ? 'Someone else saved this month in the meantime' : 'Nothing was recorded'}
            testId="figures-error"
          >
            {error.message}
          </SectionMessage>
        ) : null}
        {counted ? (
          <Text testId="figures-counted">
            Jira found {counted.incidents ?? 0} incidents for {counted.month}; the count is recorded.
          </Text>
        ) : null}
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={busy === 'save'} testId="figures-save">
            Save month
          </Button>
          <Button onClick={() => void count()} isLoading={busy === 'count'} testId="figures-count">
            Count incidents in Jira
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
