import { type FormEvent, useState } from 'react';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { InlineForm } from '../../../shared/forms/InlineForm';
import { useSave } from '../../../shared/forms/useSave';
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
  const { saving: busy, error, run } = useSave();
  const itemOptions = view.checklist.map((line) => ({ label: `${line.itemId} ${line.title}`, value: line.itemId }));
  const areaOptions = areaIds.map((id) => ({ label: lookups.areaName(id), value: id }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => callResolver('recordFinding', { auditId: view.id, finding: findingInput(draft) }), {
      onSaved: () => {
        setDraft(start());
        onRecorded();
      },
    });
  };

  return (
    <InlineForm
      testId="audit-finding-form"
      onSubmit={submit}
      busy={busy}
      submit={{ label: 'Record finding', testId: 'audit-finding-submit', appearance: 'default' }}
      failure={
        error ? (
          <ActionFailure
            title="The finding was not recorded"
            error={error}
            pointsAtField={shownUnderAField(error, paths)}
            testId="audit-finding-failure"
          />
        ) : null
      }
    >
      <FindingFields
        idPrefix="audit-finding-new"
        draft={draft}
        onChange={setDraft}
        areaOptions={areaOptions}
        itemOptions={itemOptions}
        error={error}
      />
    </InlineForm>
  );
}
