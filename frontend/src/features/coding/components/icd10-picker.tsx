import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { problemMessage } from '@/lib/form-errors';
import { useIcd10Search, type Icd10Result } from '../api/search-icd10';

type Icd10PickerProps = {
  /** Codes already chosen: shown, but not offered again. */
  chosen: string[];
  onPick: (code: Icd10Result) => void;
  disabled?: boolean;
};

/** Why a result cannot be picked, or null. */
function unavailable(result: Icd10Result, chosen: string[]): string | null {
  if (chosen.includes(result.code)) return 'Already on the list';
  return result.unavailableReason ?? null;
}

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * Search-as-you-type ICD-10-CM picker (ARIA combobox): type a code (with or without the dot) or words,
 * move with the arrow keys, Enter adds; categories and retired codes are listed but disabled, with the reason.
 */
export function Icd10Picker({ chosen, onPick, disabled }: Icd10PickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const query = useDebounced(text.trim(), 150);
  const search = useIcd10Search(query);
  const results = query ? (search.data ?? []) : [];
  const expanded = open && query.length > 0;

  const pick = (result: Icd10Result | undefined) => {
    if (!result || unavailable(result, chosen)) return;
    onPick(result);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (results.length ? (current + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="icd10-picker">
      <label className="field-label" htmlFor={`${id}-input`}>
        Add a diagnosis
      </label>
      <input
        id={`${id}-input`}
        className="input"
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Code (F41.1) or words (generalized anxiety)"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-option-${active}` : undefined}
        value={text}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      {expanded ? (
        <div className="icd10-results">
          {search.isError ? (
            <p className="icd10-status" role="status">
              {problemMessage(search.error)}
            </p>
          ) : search.isPending || (search.isFetching && results.length === 0) ? (
            <div className="icd10-status">
              <Spinner label="Searching…" />
            </div>
          ) : results.length === 0 ? (
            <p className="icd10-status muted" role="status">
              No ICD-10-CM code matches “{query}”.
            </p>
          ) : (
            <ul id={`${id}-list`} role="listbox" aria-label="ICD-10-CM codes">
              {results.map((result, index) => {
                const reason = unavailable(result, chosen);
                return (
                  <li
                    key={result.code}
                    id={`${id}-option-${index}`}
                    role="option"
                    aria-selected={index === active}
                    aria-disabled={reason ? true : undefined}
                    className={['icd10-option', index === active ? 'is-active' : '', reason ? 'is-disabled' : ''].filter(Boolean).join(' ')}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => pick(result)}
                    onMouseEnter={() => setActive(index)}
                  >
                    <span className="icd10-code">{result.code}</span>
                    <span className="icd10-description">
                      {result.description}
                      {reason ? <span className="icd10-reason">{reason}</span> : null}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
