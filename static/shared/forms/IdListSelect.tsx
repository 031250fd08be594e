import Select from '@atlaskit/select';

/** A record offered by id, shown by its words (a clause and its title, an area and its owner). */
export interface IdOption {
  label: string;
  value: string;
}

/** Options under a heading, e.g. the controls of one Annex A theme. */
export interface IdOptionGroup {
  label: string;
  options: IdOption[];
}

/** What a form gives a select of records by id (the areas to audit, the clauses an area carries). */
export interface IdListInputProps {
  /** The input's id. */
  inputId: string;
  /** The chosen ids, in the order chosen. */
  value: readonly string[];
  onChange: (ids: string[]) => void;
  isInvalid?: boolean;
  isDisabled?: boolean;
  testId?: string;
}

interface IdListSelectProps extends IdListInputProps {
  options: readonly IdOption[] | readonly IdOptionGroup[];
  placeholder: string;
}

const flat = (options: readonly IdOption[] | readonly IdOptionGroup[]): readonly IdOption[] =>
  options.flatMap((option: IdOption | IdOptionGroup) => ('options' in option ? option.options : [option]));

/**
 * Several records chosen by id. A chosen id no option names any more (a retired control, a
 * deleted area) stays chosen and shows as its bare id, so saving never drops it silently.
 */
export function IdListSelect({ options, value, onChange, ...props }: IdListSelectProps) {
  const byId = new Map(flat(options).map((option) => [option.value, option]));
  return (
    <Select<IdOption, true>
      {...props}
      isMulti
      options={options}
      value={value.map((id) => byId.get(id) ?? { label: id, value: id })}
      onChange={(chosen) => onChange(chosen.map((option) => option.value))}
    />
  );
}
