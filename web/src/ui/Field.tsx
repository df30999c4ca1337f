import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import type { FieldErrors, FieldValues, UseFormRegisterReturn } from 'react-hook-form';

/** A labelled form control with its hint and its error, both tied to it by aria-describedby. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy || undefined)}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled text input of a react-hook-form form, with its hint and its error. */
export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input id={id} {...input} {...registration} aria-invalid={Boolean(error)} aria-describedby={describedBy} />
      )}
    </Field>
  );
}

/** A labelled textarea of a react-hook-form form, with its hint and its error. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  registration,
  ...textarea
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          {...textarea}
          {...registration}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

/** The message of a field's error, if it has one. */
export function errorOf<T extends FieldValues>(errors: FieldErrors<T>, name: keyof T & string): string | undefined {
  const error = errors[name];
  return typeof error?.message === 'string' ? error.message : undefined;
}
