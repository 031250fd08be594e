import {
  openedAction,
  titleForPlace,
  type CorrectiveActionRecord,
  type ExtentStep,
  type RecordedPlace,
} from '../../domain/actions/correctiveAction';
import { invalidInput } from '../../domain/failure';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';
import type { ViewContext } from './actionViews';
import { storeNewAction } from './improvementNewAction';
import type { z } from 'zod';

type PlaceAnswer = NonNullable<z.infer<typeof ExtentStep>['otherPlaces']>[number];

/** Another place as checked: what the extent records, and the words that name it in a title. */
export interface CheckedPlace {
  recorded: RecordedPlace;
  name: string;
}

/**
 * Checks the other places of an extent (each named area exists in the register) and gives each
 * place that asks for an action the id its action will have, so the extent records the link
 * before the action exists and a repeated request cannot open it twice.
 */
export async function checkOtherPlaces(
  services: AppServices,
  context: ViewContext,
  places: readonly PlaceAnswer[],
): Promise<CheckedPlace[]> {
  const checked: CheckedPlace[] = [];
  for (const [index, { place, openAction }] of places.entries()) {
    let name: string;
    if (place.kind === 'area') {
      const area = await context.area(place.areaId);
      if (!area) throw invalidInput(`step.otherPlaces.${index}.place.areaId`, `There is no area ${place.areaId}`);
      name = area.name;
    } else {
      name = place.description;
    }
    checked.push({ recorded: { place, correctiveActionId: openAction ? services.ids.newId('ca') : null, name }, name });
  }
  return checked;
}

/**
 * Opens one corrective action per other place that asked for it (10.2 b: could it recur
 * elsewhere?): it answers the same findings, is titled for its place and links back to the action
 * whose extent found it. It starts at its root cause, as the cause there is to be confirmed; its
 * first entry says where it came from, as nothing was contained there yet.
 */
export async function openActionsForOtherPlaces(
  services: AppServices,
  context: ViewContext,
  from: StoredRecord<CorrectiveActionRecord>,
  places: readonly CheckedPlace[],
): Promise<void> {
  const source = from.record;
  for (const { recorded, name } of places) {
    if (!recorded.correctiveActionId) continue;
    const now = services.clock.now();
    const action = openedAction({
      kind: 'corrective',
      findingIds: source.findingIds,
      auditIds: source.auditIds,
      title: titleForPlace(source.title, name),
      state: 'rootCause',
      correction: {
        text: `Opened for ${name} by the extent analysis of "${source.title}": ${source.extent?.text ?? ''}`.slice(
          0,
          5000,
        ),
        by: context.caller.accountId,
        at: now.toISOString(),
      },
      raisedFrom: { correctiveActionId: from.id, place: recorded.place },
    });
    await storeNewAction(services, context, { id: recorded.correctiveActionId, action, at: now });
  }
}
