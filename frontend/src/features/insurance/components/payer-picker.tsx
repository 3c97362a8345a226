import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { TextField } from '@/components/ui/form-field';
import type { PayerLookup } from '@/types/api';
import { payerState } from './policy-form-logic';

type PayerPickerProps = {
  typed: string;
  chosenId: string | null;
  chosenName: string | null;
  error?: string;
  disabled?: boolean;
  onType: (typed: string) => void;
  onChoose: (payer: { id: string; name: string }) => void;
  /** What the typed name is (undefined while nothing is typed or a payer is chosen). */
  lookup: PayerLookup | undefined;
};

/**
 * The insurer field with type-ahead: suggestions from the catalog (matched, or several to choose from), an
 * insurer outside it accepted as "needs review", and Medicare, Medicaid and Tricare explained and refused.
 */
export function PayerPicker({ typed, chosenId, chosenName, error, disabled, onType, onChoose, lookup: answer }: PayerPickerProps) {
  const state = payerState(answer, chosenId ? chosenName : null);
  const suggestions = answer && (answer.status === 'matched' || answer.status === 'ambiguous') ? answer.payers : [];
  return (
    <div className="payer-picker">
      <TextField
        label="Insurer"
        autoComplete="off"
        value={typed}
        disabled={disabled}
        error={error}
        hint="As printed on the insurance card"
        onChange={(event) => onType(event.target.value)}
      />
      {state?.tone === 'danger' ? (
        <Alert title="Not supported for claims">{state.text}</Alert>
      ) : state ? (
        <p className={`payer-state payer-state-${state.tone}`} role="status">
          {state.text} {answer?.status === 'unknown' ? <Badge tone="warning">Needs review</Badge> : null}
        </p>
      ) : null}
      {suggestions.length > 0 && !disabled ? (
        <ul className="payer-suggestions" aria-label="Matching insurers">
          {suggestions.map((payer) => (
            <li key={payer.id}>
              <button type="button" className="btn btn-secondary btn-small" onClick={() => onChoose(payer)}>
                {payer.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
