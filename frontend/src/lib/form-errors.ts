import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiProblem } from './api-client';

/**
 * Puts the problem's `errors[]` onto the form's own fields (names as the API spells them, e.g.
 * `address.postalCode`). Returns the messages that belong to no field of the form, for a form-level alert.
 */
export function applyFieldErrors<T extends FieldValues>(
  problem: ApiProblem,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): string[] {
  const unmatched: string[] = [];
  let focused = false;
  for (const { field, message } of problem.errors) {
    if (fields.includes(field)) {
      setError(field as Path<T>, { type: 'server', message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched.push(field ? `${field}: ${message}` : message);
    }
  }
  return unmatched;
}

/** What to tell the user when a request failed for a reason no field explains. */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiProblem) return error.detail || error.title;
  return 'Something went wrong. Please try again.';
}
