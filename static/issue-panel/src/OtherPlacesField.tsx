import { Checkbox } from '@atlaskit/checkbox';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { ResolverError, ResolverInput } from '../../../src/contract';
import { Complaint, EditableRows, listComplaints } from '../../shared/components/EditableRows';
import { RemoveRowButton } from '../../shared/components/RemoveRowButton';
import { useResolverQuery } from '../../shared/useResolverQuery';

type ExtentInput = Extract<ResolverInput<'recordCorrectiveActionStep'>['step'], { step: 'extent' }>;
export type OtherPlaceInput = NonNullable<ExtentInput['otherPlaces']>[number];

/** One place as the reader fills it in: an area of the register or a place described in words. */
export interface PlaceDraft {
  kind: 'area' | 'described';
  areaId: string;
  description: string;
  openAction: boolean;
}

export const emptyPlace = (): PlaceDraft => ({ kind: 'area', areaId: '', description: '', openAction: true });

/** The drafts as the step takes them; the server says what is missing in a row, under the row. */
export const placesInput = (drafts: readonly PlaceDraft[]): OtherPlaceInput[] =>
  drafts.map((draft) => ({
    place:
      draft.kind === 'area'
        ? { kind: 'area', areaId: draft.areaId }
        : { kind: 'described', description: draft.description },
    openAction: draft.openAction,
  }));

const kindChoices = [
  { value: 'area' as const, label: 'An area of the register' },
  { value: 'described' as const, label: 'Another place (described)' },
];

const growStyles = xcss({ flexGrow: 1, minWidth: '12rem' });

interface OtherPlacesFieldProps {
  value: readonly PlaceDraft[];
  onChange: (value: PlaceDraft[]) => void;
  error: ResolverError | null;
  idPrefix: string;
}

/**
 * Where else the same cause could produce the same nonconformity (10.2 b 3): areas of the register
 * or places described in words, each with whether to open a corrective action for it now.
 */
export function OtherPlacesField({ value, onChange, error, idPrefix }: OtherPlacesFieldProps) {
  const areas = useResolverQuery('listAuditableAreas', {});
  const areaChoices =
    areas.state.status === 'ok'
      ? areas.state.value.areas.map((area) => ({ value: area.id, label: area.area.name }))
      : [];
  const complaints = listComplaints(error, 'otherPlaces', value.length);
  return (
    <Stack space="space.100" testId={`${idPrefix}-places`}>
      <Text weight="semibold">Other places it could recur</Text>
      <Text size="small" color="color.text.subtle">
        Name each area or place that shares the cause. A corrective action opened for a place answers the same
        nonconformity and is linked back to this one.
      </Text>
      {areas.state.status === 'error' ? (
        <Text size="small" color="color.text.danger" testId={`${idPrefix}-places-areas-failure`}>
          The areas could not be read: describe the places instead, or reload the panel.
        </Text>
      ) : null}
      <EditableRows
        rows={value}
        onChange={onChange}
        renderRow={(row, index, edit) => (
          <Stack space="space.050" testId={`${idPrefix}-place-${index}`}>
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Box xcss={growStyles}>
                <Select
                  aria-label={`Place ${index + 1}: kind`}
                  options={kindChoices}
                  value={kindChoices.find((choice) => choice.value === row.kind) ?? null}
                  onChange={(choice) => choice && edit.set({ kind: choice.value })}
                  testId={`${idPrefix}-place-kind-${index}`}
                />
              </Box>
              <Box xcss={growStyles}>
                {row.kind === 'area' ? (
                  <Select
                    aria-label={`Place ${index + 1}: area`}
                    options={areaChoices}
                    isLoading={areas.state.status === 'loading'}
                    value={areaChoices.find((choice) => choice.value === row.areaId) ?? null}
                    onChange={(choice) => choice && edit.set({ areaId: choice.value })}
                    placeholder="Choose the area"
                    testId={`${idPrefix}-place-area-${index}`}
                  />
                ) : (
                  <Textfield
                    aria-label={`Place ${index + 1}: description`}
                    placeholder="e.g. the Basel site’s eQMS backups"
                    value={row.description}
                    onChange={(event) => edit.set({ description: event.currentTarget.value })}
                    testId={`${idPrefix}-place-description-${index}`}
                  />
                )}
              </Box>
              <RemoveRowButton onRemove={edit.remove} testId={`${idPrefix}-place-remove-${index}`} />
            </Inline>
            <Checkbox
              isChecked={row.openAction}
              onChange={(event) => edit.set({ openAction: event.currentTarget.checked })}
              label="Open a corrective action for this place"
              testId={`${idPrefix}-place-open-${index}`}
            />
            <Complaint message={complaints.row(index)} testId={`${idPrefix}-place-error-${index}`} />
          </Stack>
        )}
        complaint={{ message: complaints.list, testId: `${idPrefix}-places-error` }}
        add={{ label: 'Add a place', testId: `${idPrefix}-place-add`, emptyRow: emptyPlace }}
      />
    </Stack>
  );
}
