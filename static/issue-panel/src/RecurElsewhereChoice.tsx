import { Inline, Stack, Text } from '@atlaskit/primitives';

interface RecurElsewhereChoiceProps {
  /** The answer given (null: not answered yet). */
  value: boolean | null;
  onChange: (answer: boolean) => void;
  error: string | undefined;
  idPrefix: string;
}

const answers = [
  { value: true, key: 'yes', label: 'Yes' },
  { value: false, key: 'no', label: 'No' },
] as const;

/**
 * Could the same cause produce the same nonconformity elsewhere (10.2 b 3)? An explicit yes or no:
 * a box left unticked would record "no" without anyone having considered it.
 */
export function RecurElsewhereChoice({ value, onChange, error, idPrefix }: RecurElsewhereChoiceProps) {
  const name = `${idPrefix}-recur`;
  return (
    <fieldset data-testid={name} style={{ border: 'none', margin: 0, padding: 0 }}>
      <Stack space="space.050">
        <legend>
          <Text weight="semibold">Could it recur elsewhere? (other areas, systems or sites share the cause)</Text>
        </legend>
        <Inline space="space.200">
          {answers.map((answer) => (
            <label key={answer.key} htmlFor={`${name}-${answer.key}`}>
              <input
                type="radio"
                id={`${name}-${answer.key}`}
                name={name}
                checked={value === answer.value}
                onChange={() => onChange(answer.value)}
                aria-invalid={Boolean(error)}
                data-testid={`${name}-${answer.key}`}
              />{' '}
              {answer.label}
            </label>
          ))}
        </Inline>
        {error ? (
          <Text color="color.text.danger" size="small" testId={`${name}-error`}>
            {error}
          </Text>
        ) : null}
      </Stack>
    </fieldset>
  );
}
