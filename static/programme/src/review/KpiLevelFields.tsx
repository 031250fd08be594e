import { Inline } from '@atlaskit/primitives';
import type { ResolverError } from '../../../../src/contract';
import type { KpiKey } from '../../../../src/contract/review';
import { SelectField } from '../../../shared/forms/SelectField';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { directionChoices, kpiChoices, type Direction } from './objectiveWords';

/** A KPI with the level it should reach: the same four fields in a KPI target and in an objective measured by a KPI. */
export interface KpiLevelDraft {
  kpi: KpiKey;
  direction: Direction;
  target: string;
  tolerance: string;
}

/** Typed text to a number; empty or not a number stays NaN so the backend names the field. */
export const typedNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

interface KpiLevelFieldsProps {
  /** Prefix of the fields' ids (`kpi-target` gives `kpi-target-kpi`, `kpi-target-value`, …). */
  idPrefix: string;
  /** Where the backend's refusal names each field. */
  paths: Record<keyof KpiLevelDraft, string>;
  draft: KpiLevelDraft;
  update: (change: Partial<KpiLevelDraft>) => void;
  error: ResolverError | null | undefined;
  valueId: string;
  toleranceHelper?: string;
}

export function KpiLevelFields({
  idPrefix,
  paths,
  draft,
  update,
  error,
  valueId,
  toleranceHelper,
}: KpiLevelFieldsProps) {
  return (
    <Inline space="space.200" shouldWrap alignBlock="start">
      <div style={{ minWidth: '16rem' }}>
        <SelectField<KpiKey>
          id={`${idPrefix}-kpi`}
          label="KPI"
          path={paths.kpi}
          error={error}
          choices={kpiChoices}
          value={draft.kpi}
          onChange={(kpi) => update({ kpi })}
        />
      </div>
      <div style={{ minWidth: '10rem' }}>
        <SelectField<Direction>
          id={`${idPrefix}-direction`}
          label="Direction"
          path={paths.direction}
          error={error}
          choices={directionChoices}
          value={draft.direction}
          onChange={(direction) => update({ direction })}
        />
      </div>
      <TextInputField
        id={valueId}
        label="Target"
        path={paths.target}
        error={error}
        value={draft.target}
        onChange={(target) => update({ target })}
        isRequired
      />
      <TextInputField
        id={`${idPrefix}-tolerance`}
        label="Tolerance"
        path={paths.tolerance}
        error={error}
        value={draft.tolerance}
        onChange={(tolerance) => update({ tolerance })}
        {...(toleranceHelper ? { helper: toleranceHelper } : {})}
      />
    </Inline>
  );
}
