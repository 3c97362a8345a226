import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { isProblem } from './api-client';
import { applyFieldErrors, problemMessage } from './form-errors';

type SaveMutation<T> = {
  mutate: (values: T, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
};

/** Saves a form: server field errors land on their fields, anything else becomes the form's own error. */
export function useSaveWithFieldErrors<T extends FieldValues>(
  mutation: SaveMutation<T>,
  setError: UseFormSetError<T>,
  fields: readonly string[],
) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = (values: T) => {
    setFormError(null);
    setSaved(false);
    mutation.mutate(values, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        const rest =
          isProblem(error) && error.errors.length > 0 ? applyFieldErrors(error, setError, fields) : [problemMessage(error)];
        if (rest.length) setFormError(rest.join(' '));
      },
    });
  };
  return { formError, saved, save };
}
