import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import {
  BRAND_NAMES,
  cardBrand,
  cardFieldNames,
  cardInputSchema,
  formatCardNumber,
  formatExpiry,
  useAddCard,
  type CardInput,
  type PaymentMethodsScope,
} from '../api/payment-methods';

const EMPTY: CardInput = { number: '', expiry: '', cvc: '', postalCode: '' };

/**
 * The card entry form. Its fields stand for the processor's hosted card field: the card goes to the
 * sandbox's tokenize endpoint only, Claimstream's API gets the token.
 */
export function CardForm({ scope, onDone }: { scope: PaymentMethodsScope; onDone: () => void }) {
  const add = useAddCard(scope);
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<CardInput>({
    resolver: zodResolver(cardInputSchema),
    defaultValues: EMPTY,
  });
  const { formError, save } = useSaveWithFieldErrors(
    { mutate: (values, options) => add.mutate(values, { ...options, onSuccess: () => { options.onSuccess(); onDone(); } }) },
    setError,
    cardFieldNames,
  );
  const brand = cardBrand(useWatch({ control, name: 'number' }));
  const { errors } = formState;
  return (
    <form className="form card-form" onSubmit={handleSubmit(save)} noValidate aria-label="Add card">
      {formError ? <Alert title="The card was not added">{formError}</Alert> : null}
      <TextField
        label="Card number"
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="1234 1234 1234 1234"
        error={errors.number?.message}
        hint={brand ? <span className="card-brand">{BRAND_NAMES[brand]}</span> : 'Visa, Mastercard, American Express, Discover; HSA/FSA cards welcome'}
        {...register('number', { onChange: (event) => setValue('number', formatCardNumber(event.target.value)) })}
      />
      <div className="form-grid form-grid-3 card-form-row">
        <TextField
          label="Expiry"
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          error={errors.expiry?.message}
          {...register('expiry', { onChange: (event) => setValue('expiry', formatExpiry(event.target.value)) })}
        />
        <TextField
          label="CVC"
          inputMode="numeric"
          autoComplete="cc-csc"
          placeholder={brand === 'amex' ? '1234' : '123'}
          maxLength={4}
          error={errors.cvc?.message}
          {...register('cvc')}
        />
        <TextField label="ZIP" placeholder="Optional" inputMode="numeric" autoComplete="postal-code" maxLength={5} error={errors.postalCode?.message} {...register('postalCode')} />
      </div>
      <p className="muted card-form-note">Your card number goes straight to our card processor; Claimstream keeps only the brand, last 4 digits and expiry.</p>
      <div className="form-actions">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" busy={add.isPending}>
          Add card
        </Button>
      </div>
    </form>
  );
}
