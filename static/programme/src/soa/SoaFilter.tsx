import { Box, Inline, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { type ControlTheme, themes, themeTitles } from './soaWords';

export interface SoaFilterValue {
  theme: ControlTheme | null;
  applicability: 'all' | 'applicable' | 'excluded';
  text: string;
}

const selectStyles = xcss({ minWidth: '14rem' });

interface Option<T> {
  label: string;
  value: T;
}
const themeOptions: Option<ControlTheme | null>[] = [
  { label: 'All themes', value: null },
  ...themes.map((theme) => ({ label: themeTitles[theme], value: theme })),
];
const applicabilityOptions: Option<SoaFilterValue['applicability']>[] = [
  { label: 'Applicable and excluded', value: 'all' },
  { label: 'Applicable only', value: 'applicable' },
  { label: 'Excluded only', value: 'excluded' },
];

/** Narrows the SoA table: by Annex A theme, by applicability, by words in the id or title. */
export function SoaFilter({ value, onChange }: { value: SoaFilterValue; onChange: (value: SoaFilterValue) => void }) {
  return (
    <Inline space="space.150" shouldWrap alignBlock="end" testId="soa-filter">
      <FieldBlock htmlFor="soa-filter-theme" label="Theme">
        <Box xcss={selectStyles}>
          <Select<Option<ControlTheme | null>, false>
            inputId="soa-filter-theme"
            options={themeOptions}
            value={themeOptions.find((option) => option.value === value.theme) ?? null}
            onChange={(option) => onChange({ ...value, theme: option?.value ?? null })}
            isSearchable={false}
            testId="soa-filter-theme"
          />
        </Box>
      </FieldBlock>
      <FieldBlock htmlFor="soa-filter-applicability" label="Applicability">
        <Box xcss={selectStyles}>
          <Select<Option<SoaFilterValue['applicability']>, false>
            inputId="soa-filter-applicability"
            options={applicabilityOptions}
            value={applicabilityOptions.find((option) => option.value === value.applicability) ?? null}
            onChange={(option) => onChange({ ...value, applicability: option?.value ?? 'all' })}
            isSearchable={false}
            testId="soa-filter-applicability"
          />
        </Box>
      </FieldBlock>
      <FieldBlock htmlFor="soa-filter-text" label="Find a control">
        <Textfield
          id="soa-filter-text"
          placeholder="A.8.12 or “backup”"
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
          testId="soa-filter-text"
        />
      </FieldBlock>
    </Inline>
  );
}
