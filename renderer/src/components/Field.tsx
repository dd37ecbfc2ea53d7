/**
 * Labelled form fields. Each field owns its label, optional hint and error message, and wires
 * them to the control with aria-describedby / aria-invalid so screen readers hear the error
 * when they reach the field.
 */
import type { ReactNode } from 'react';
import { formatDateWithWeekday } from '../../../shared/format/dates';

interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  required?: boolean;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Filters and other fields that are never required do not need "(optional)" after them. */
  markOptional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ id, label, hint, error, required, markOptional = true, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {required || !markOptional ? null : <span className="field__optional"> (optional)</span>}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children({
        id,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(required ? { required: true } : {}),
      })}
    </div>
  );
}

type Common = Omit<FieldProps, 'children'> & { value: string; onChange: (value: string) => void; disabled?: boolean };

export function TextField(
  props: Common & { type?: 'text' | 'email' | 'date' | 'search'; autoComplete?: string; width?: 'short' | 'medium' | 'full'; placeholder?: string },
) {
  const { value, onChange, type = 'text', autoComplete = 'off', width = 'full', disabled, placeholder, ...field } = props;
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          className={`input input--${width}`}
          type={type}
          value={value}
          autoComplete={autoComplete}
          disabled={disabled}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * A date picker. The picker's own display follows the computer's locale (it may show 01/15/2025),
 * so the chosen date is also written out in house style underneath, with its weekday.
 */
export function DateField(props: Common) {
  const { value, onChange, disabled, ...field } = props;
  const echoId = `${field.id}-reads`;
  let reads = '';
  try {
    reads = value ? formatDateWithWeekday(value) : '';
  } catch {
    reads = '';
  }
  return (
    <Field {...field}>
      {(control) => (
        <>
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], reads ? echoId : null].filter(Boolean).join(' ') || undefined}
            className="input input--short"
            type="date"
            value={value}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value)}
          />
          <p className="field__reads" id={echoId}>
            {reads ? reads : field.required ? 'No date chosen' : 'No date'}
          </p>
        </>
      )}
    </Field>
  );
}

export function TextAreaField(props: Common & { rows?: number }) {
  const { value, onChange, rows = 4, disabled, ...field } = props;
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          className="input input--full"
          rows={rows}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function SelectField(props: Common & { options: readonly { value: string; label: string }[] }) {
  const { value, onChange, options, disabled, ...field } = props;
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} className="input input--medium" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
