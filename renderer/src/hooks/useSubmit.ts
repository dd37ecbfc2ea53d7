/**
 * Runs a save and turns what can go wrong into something a form can show: field messages from
 * `ApiError.details` (path → message) next to their fields, everything else as one message at
 * the top of the form.
 */
import { useCallback, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';

export type FieldErrors = Record<string, string>;

export interface SubmitState {
  busy: boolean;
  fieldErrors: FieldErrors;
  formError: string | null;
  /** Runs the action; resolves true when it succeeded. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

export function useSubmit(): SubmitState {
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const run = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFieldErrors({});
    setFormError(null);
    try {
      await action();
      return true;
    } catch (error) {
      const { fields, message } = describeError(error);
      setFieldErrors(fields);
      setFormError(message);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { busy, fieldErrors, formError, run, clear };
}

export function describeError(error: unknown): { fields: FieldErrors; message: string } {
  if (ApiError.is(error)) {
    return { fields: error.details ?? {}, message: error.message };
  }
  return {
    fields: {},
    message: 'Something went wrong that the workbench did not expect. Try again; if it keeps happening, check the store from the menu.',
  };
}

/** The message for one field, matching "person.fullName" or a bare "fullName". */
export function fieldError(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const last = path.split('.').pop() ?? path;
  return errors[last];
}
