import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useMemo, useState } from 'react';
import type { ConfigProblem, MacroChoices, MacroKind } from '../../../src/contract/review';
import { nativeInputStyle } from '../../shared/components/nativeInputStyle';
import { callResolver } from '../../shared/invokeClient';
import { macroSurfaces } from '../../review-macro/src/macroModules';
import {
  fieldsOf,
  initialValues,
  otherProblems,
  problemsOf,
  toConfig,
  type FieldSpec,
  type FormValues,
} from './configFields';

interface ConfigFormProps {
  kind: MacroKind;
  saved: Record<string, unknown>;
  choices: MacroChoices;
}

type SaveState =
  { status: 'idle' } | { status: 'checking' } | { status: 'failed'; message: string } | { status: 'saved' };

/** The fields of one macro's config; checked by the backend before `view.submit({ config })` saves them. */
export function ConfigForm({ kind, saved, choices }: ConfigFormProps) {
  const fields = useMemo(() => fieldsOf(kind), [kind]);
  const [values, setValues] = useState<FormValues>(() => initialValues(fields, saved));
  const [problems, setProblems] = useState<ConfigProblem[]>([]);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const set = (name: string, value: FormValues[string]) => setValues((previous) => ({ ...previous, [name]: value }));

  const submit = async () => {
    const config = toConfig(fields, values);
    setSave({ status: 'checking' });
    const checked = await callResolver('checkMacroConfig', { macro: kind, config });
    if (!checked.ok) return setSave({ status: 'failed', message: checked.error.message });
    setProblems(checked.value.problems);
    if (checked.value.problems.length > 0) return setSave({ status: 'idle' });
    try {
      const { view } = await import('@forge/bridge');
      await view.submit({ config });
      setSave({ status: 'saved' });
    } catch (error) {
      setSave({
        status: 'failed',
        message: error instanceof Error ? error.message : 'The host did not save the settings',
      });
    }
  };

  const unplaced = otherProblems(problems, fields);
  return (
    <form
      data-testid="review-macro-config"
      data-macro={kind}
      style={{ padding: token('space.200'), display: 'grid', gap: token('space.150'), maxWidth: 560 }}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Heading size="small" as="h1">
        Settings: {macroSurfaces[kind].title}
      </Heading>
      {unplaced.length > 0 ? (
        <SectionMessage appearance="error" title="These settings cannot be saved" testId="config-problems">
          <ul>
            {unplaced.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>
                {problem.field}: {problem.message}
              </li>
            ))}
          </ul>
        </SectionMessage>
      ) : null}
      {fields.map((field) => (
        <Field
          key={field.name}
          field={field}
          value={values[field.name]}
          choices={choices}
          messages={problemsOf(problems, field.name)}
          onChange={(value) => set(field.name, value)}
        />
      ))}
      {save.status === 'failed' ? (
        <SectionMessage appearance="error" title="Not saved" testId="config-save-failed">
          <p>{save.message}</p>
        </SectionMessage>
      ) : null}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" isLoading={save.status === 'checking'} testId="config-save">
          Save
        </Button>
      </div>
      {save.status === 'saved' ? (
        <p role="status" data-testid="config-saved">
          Saved.
        </p>
      ) : null}
    </form>
  );
}

const labelStyle = { font: token('font.body'), fontWeight: token('font.weight.semibold'), color: token('color.text') };
const helpStyle = { font: token('font.body.small'), color: token('color.text.subtle'), margin: 0 };
const errorStyle = { font: token('font.body.small'), color: token('color.text.danger'), margin: 0 };

interface FieldProps {
  field: FieldSpec;
  value: FormValues[string] | undefined;
  choices: MacroChoices;
  messages: string[];
  onChange: (value: FormValues[string]) => void;
}

/** One setting with its label, help and the check's messages under it (linked for screen readers). */
function Field({ field, value, choices, messages, onChange }: FieldProps) {
  const id = `field-${field.name}`;
  const describedBy = [field.help ? `${id}-help` : '', messages.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const invalid = messages.length > 0;
  return (
    <div data-testid={`config-field-${field.name}`} style={{ display: 'grid', gap: token('space.050') }}>
      {field.kind === 'checkbox' ? (
        <label style={labelStyle}>
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            aria-describedby={describedBy || undefined}
            onChange={(event) => onChange(event.target.checked)}
          />{' '}
          {field.label}
        </label>
      ) : field.kind === 'multi' ? (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }} aria-describedby={describedBy || undefined}>
          <legend style={labelStyle}>{field.label}</legend>
          {field.options(choices).map((option) => {
            const chosen = Array.isArray(value) ? value : [];
            return (
              <label
                key={option.value}
                style={{ display: 'block', font: token('font.body'), color: token('color.text') }}
              >
                <input
                  type="checkbox"
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value),
                    )
                  }
                />{' '}
                {option.label}
              </label>
            );
          })}
        </fieldset>
      ) : (
        <>
          <label htmlFor={id} style={labelStyle}>
            {field.label}
          </label>
          {field.kind === 'select' ? (
            <select
              id={id}
              style={{
                ...nativeInputStyle,
                borderColor: invalid ? token('color.border.danger') : token('color.border.input'),
              }}
              value={typeof value === 'string' ? value : ''}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy || undefined}
              onChange={(event) => onChange(event.target.value)}
            >
              <option value="">(not set)</option>
              {withSaved(field.options(choices), typeof value === 'string' ? value : '').map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : (
            <Textfield
              id={id}
              name={field.name}
              value={typeof value === 'string' ? value : ''}
              placeholder={
                field.kind === 'date' ? 'YYYY-MM-DD' : 'placeholder' in field ? field.placeholder : undefined
              }
              inputMode={field.kind === 'number' ? 'numeric' : undefined}
              isInvalid={invalid}
              aria-describedby={describedBy || undefined}
              testId={`config-input-${field.name}`}
              onChange={(event) => onChange(event.currentTarget.value)}
            />
          )}
        </>
      )}
      {field.help ? (
        <p id={`${id}-help`} style={helpStyle}>
          {field.help}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} style={errorStyle} data-testid={`config-error-${field.name}`}>
          {messages.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** A saved value the choices no longer list (a deleted review) stays selectable, so it is not lost silently. */
function withSaved(options: Array<{ value: string; label: string }>, saved: string) {
  return saved && !options.some((o) => o.value === saved)
    ? [...options, { value: saved, label: `${saved} (no longer listed)` }]
    : options;
}
