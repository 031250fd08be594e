import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { type FormEvent, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { ActionFailure } from './ActionFailure';
import { FindingFields } from './FindingFields';
import { type FindingDraft, findingInput, likelyArea, newFinding } from './findingDraft';
import type { AuditView } from './planDraft';
import type { AuditLookups } from './useAuditLookups';

interface RecordFindingFormProps {
  view: AuditView;
  lookups: AuditLookups;
  onRecorded: () => void;
}

const paths = [
  'finding.grade',
  'finding.itemId',
  'finding.areaId',
  'finding.requirement',
  'finding.evidence',
  'finding.gap',
];

/** A finding on any line of the checklist (an observation or opportunity needs no nonconformity line). */
export function RecordFindingForm({ view, lookups, onRecorded }: RecordFindingFormProps) {
  const firstItem = view.checklist[0]?.itemId ?? '';
  const areaIds = view.audit.plan.areaIds;
  const start = () => newFinding(firstItem, likelyArea(firstItem, areaIds, lookups.areas), 'observation');
  const [draft, setDraft] = useState<FindingDraft>(start);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const itemOptions = view.checklist.map((line) => ({ label: `${line.itemId} ${line.title}`, value: line.itemId }));
  const areaOptions = areaIds.map((id) => ({ label: lookups.areaName(id), value: id }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await callResolver('recordFinding', { auditId: view.id, finding: findingInput(draft) });
    setBusy(false);
    if (result.ok) {
      setError(null);
      setDraft(start());
      onRecorded();
    } else {
      setError(result.error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="audit-finding-form">
      <Stack space="space.150">
        <FindingFields
          idPrefix="audit-finding-new"
          draft={draft}
          onChange={setDraft}
          areaOptions={areaOptions}
          itemOptions={itemOptions}
          error={error}
        />
        {error ? (
          <ActionFailure
            title="The finding was not recorded"
            error={error}
            pointsAtField={shownUnderAField(error, paths)}
            testId="audit-finding-failure"
          />
        ) : null}
        <Inline>
          <Button type="submit" isLoading={busy} testId="audit-finding-submit">
            Record finding
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
