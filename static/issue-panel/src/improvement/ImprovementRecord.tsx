import { Stack, Text } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../../src/contract';
import { SiteLink } from '../../../shared/components/SiteLink';

type Action = CorrectiveActionView['action'];
type IsmsChange = NonNullable<NonNullable<Action['implementation']>['ismsChanges']>[number];
type Place = NonNullable<Action['raisedFrom']>['place'];

const placeWords = (place: Place, name?: string) =>
  name ?? (place.kind === 'area' ? `area ${place.areaId}` : place.description);

/** One ISMS change as a line: what changed and, where there is one, the link to it. */
function IsmsChangeLine({ change }: { change: IsmsChange }) {
  switch (change.kind) {
    case 'riskAssessment':
      return (
        <Text as="p">
          Risk assessment: {change.description}
          {change.url ? (
            <>
              {' '}
              <SiteLink path={change.url}>(link)</SiteLink>
            </>
          ) : null}
        </Text>
      );
    case 'soaLine':
      return (
        <Text as="p">
          SoA line {change.itemId}: {change.description}
        </Text>
      );
    case 'procedure':
      return (
        <Text as="p">
          Procedure: <SiteLink path={change.url}>{change.title}</SiteLink>
        </Text>
      );
    case 'other':
      return <Text as="p">Other: {change.description}</Text>;
  }
}

/**
 * What ISO 27001 10.1 and 10.2 a 2, b and e ask beyond the steps: whether this is an improvement
 * action (closed when done, no verification), the other places its extent found and the actions
 * opened for them, the place it was opened for, and the consequences dealt with and ISMS changes
 * its implementation recorded. Shows nothing for an action that has none of these.
 */
export function ImprovementRecord({ view }: { view: CorrectiveActionView }) {
  const { action } = view;
  const places = action.extent?.otherPlaces ?? [];
  const consequences = action.implementation?.consequences;
  const changes = action.implementation?.ismsChanges ?? [];
  const improvement = action.kind === 'improvement';
  if (!improvement && !action.raisedFrom && places.length === 0 && !consequences && changes.length === 0) return null;
  return (
    <Stack space="space.075" testId="panel-improvement-record">
      {improvement ? (
        <Text size="small" color="color.text.subtle" testId="panel-improvement-kind">
          Improvement action (ISO 27001 10.1): a plan and its implementation, with no root cause, plan approval or
          effectiveness verification; it closes when its implementation is recorded.
        </Text>
      ) : null}
      {action.raisedFrom ? (
        <Text size="small" color="color.text.subtle" testId="panel-raised-from">
          Opened for {placeWords(action.raisedFrom.place)} by the extent analysis of another corrective action of the
          same finding.
        </Text>
      ) : null}
      {places.length > 0 ? (
        <Stack space="space.025" testId="panel-other-places">
          <Text weight="semibold">Could recur elsewhere:</Text>
          {places.map((recorded, index) => (
            <Text as="p" key={index}>
              {placeWords(recorded.place, recorded.name)}
              {recorded.correctiveActionId ? ' — corrective action opened' : ' — no action opened'}
            </Text>
          ))}
        </Stack>
      ) : null}
      {consequences ? (
        <Text as="p" testId="panel-consequences">
          <Text weight="semibold">Consequences dealt with: </Text>
          {consequences}
        </Text>
      ) : null}
      {changes.length > 0 ? (
        <Stack space="space.025" testId="panel-isms-changes">
          <Text weight="semibold">Changes to the ISMS:</Text>
          {changes.map((change, index) => (
            <IsmsChangeLine key={index} change={change} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
