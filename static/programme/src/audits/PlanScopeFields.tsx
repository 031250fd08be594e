import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { AreasSelect } from './AreasSelect';
import { itemsOfAreas } from './planDraft';
import { pickerOf, type PlanSection } from './planSection';
import { ScopeSelect } from './ScopeSelect';

function addAreaItemsLabel(missing: number, all: number): string {
  const what = missing === 1 ? 'clause or control' : 'clauses and controls';
  return `Add the areas' ${missing === all ? '' : 'other '}${missing} ${what}`;
}

/** The plan's areas and the clauses and controls it covers, with a way to take in the areas' own. */
export function PlanScopeFields({ section }: { section: PlanSection }) {
  const { lookups, draft, update, message, fieldId, canEdit } = section;
  const catalogueOrder = lookups.catalogue.map((item) => item.id);
  const areaItems = itemsOfAreas(draft.areaIds, lookups.areas, catalogueOrder);
  const missingAreaItems = areaItems.filter((itemId) => !draft.itemIds.includes(itemId));
  return (
    <>
      <FieldBlock
        htmlFor={fieldId('areas')}
        label="Areas"
        helper="The processes, sites or departments audited. Their owners and members may not audit them."
        error={message('areaIds')}
        isRequired
      >
        <AreasSelect
          {...pickerOf(section, 'areas', 'areaIds')}
          areas={lookups.areas}
          value={draft.areaIds}
          onChange={(areaIds) => update({ areaIds })}
        />
      </FieldBlock>
      <FieldBlock
        htmlFor={fieldId('scope')}
        label="Scope: clauses and controls"
        helper="One checklist line per clause or control; a parent clause (9.2) stands for its sub-clauses."
        error={message('itemIds')}
        isRequired
      >
        <Stack space="space.075">
          <ScopeSelect
            {...pickerOf(section, 'scope', 'itemIds')}
            catalogue={lookups.catalogue}
            value={draft.itemIds}
            onChange={(itemIds) => update({ itemIds })}
          />
          {canEdit && missingAreaItems.length > 0 ? (
            <Inline>
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => update({ itemIds: [...draft.itemIds, ...missingAreaItems] })}
                testId={fieldId('scope-from-areas')}
              >
                {addAreaItemsLabel(missingAreaItems.length, areaItems.length)}
              </Button>
            </Inline>
          ) : null}
        </Stack>
      </FieldBlock>
    </>
  );
}
