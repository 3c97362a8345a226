import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField, TextareaField, TextField } from '@/components/ui/form-field';
import { paths } from '@/config/paths';
import { isProblem } from '@/lib/api-client';
import { applyFieldErrors, problemMessage } from '@/lib/form-errors';
import type { Client } from '@/types/api';
import {
  createClientFieldNames,
  createClientInputSchema,
  emptyCreateClientInput,
  fromClient,
  useCreateClient,
  type CreateClientInput,
} from '../api/create-client';
import { useClinicians } from '../api/get-clinicians';
import { useUpdateClient } from '../api/update-client';
import { ClientMoreDetails } from './client-more-details';

type ExistingClient = { id: string; name: string };

const REQUIRED = new Set(['firstName', 'lastName', 'email']);

type Props = {
  /** The client to edit; without one the form adds a client. */
  client?: Client;
  onSaved: (client: Client) => void;
  onCancel: () => void;
  /** The API lets only administrators and staff give a client to another clinician. */
  canReassign?: boolean;
};

/**
 * Adds a client (which sends them an invitation) or edits one; server field errors land on the
 * fields they name.
 */
export function ClientForm({ client, onSaved, onCancel, canReassign = true }: Props) {
  const createClient = useCreateClient();
  const updateClient = useUpdateClient(client?.id ?? '');
  const saveClient = client ? updateClient : createClient;
  const clinicians = useClinicians();
  const [existing, setExisting] = useState<ExistingClient | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [moreOpen, setMoreOpen] = useState(client !== undefined);
  const form = useForm<CreateClientInput>({
    resolver: zodResolver(createClientInputSchema),
    defaultValues: client ? fromClient(client) : emptyCreateClientInput,
  });
  const { register, handleSubmit, setError, formState } = form;
  const { errors } = formState;

  const submit = handleSubmit(
    (values) => {
      setExisting(null);
      setFormError(null);
      saveClient.mutate(values, {
        onSuccess: (saved) => onSaved(saved),
        onError: (error) => {
          if (isProblem(error, 'client-exists')) {
            setError('email', { type: 'server', message: 'A client with this email already exists.' }, { shouldFocus: true });
            const id = error.extra.existingClientId;
            if (typeof id === 'string' && id !== client?.id) setExisting({ id, name: String(error.extra.existingClientName ?? 'the existing client') });
          } else if (isProblem(error) && error.errors.length > 0) {
            if (error.errors.some((fieldError) => !REQUIRED.has(fieldError.field))) setMoreOpen(true);
            const rest = applyFieldErrors(error, setError, createClientFieldNames);
            if (rest.length) setFormError(rest.join(' '));
          } else {
            setFormError(problemMessage(error));
          }
        },
      });
    },
    (invalid) => {
      if (Object.keys(invalid).some((field) => !REQUIRED.has(field))) setMoreOpen(true);
    },
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={client ? 'Edit client' : 'Add client'}>
      {formError ? <Alert title={client ? 'The changes were not saved' : 'The client was not added'}>{formError}</Alert> : null}
      <fieldset className="form-section">
        <legend className="form-section-title">Client</legend>
        <div className="form-grid">
          <TextField label="First name" autoComplete="off" error={errors.firstName?.message} {...register('firstName')} />
          <TextField label="Last name" autoComplete="off" error={errors.lastName?.message} {...register('lastName')} />
          <TextField
            fieldClassName="span-2"
            label="Email"
            type="email"
            autoComplete="off"
            error={errors.email?.message}
            hint={
              existing ? (
                <Link to={paths.practice.client.getHref(existing.id)}>Open {existing.name}</Link>
              ) : (
                client ? 'Where the practice reaches the client.' : 'The invitation to connect goes to this address.'
              )
            }
            {...register('email')}
          />
        </div>
      </fieldset>

      <details className="disclosure" open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
        <summary>
          More details <span className="disclosure-hint">— optional: personal, contact, address, emergency contact</span>
        </summary>
        <div className="disclosure-body">
          <ClientMoreDetails
            form={form}
            editing={client !== undefined}
            clinicians={clinicians.data ?? []}
            cliniciansLoading={clinicians.isPending}
            canReassign={canReassign}
          />
          <TextareaField
            label="Alert note"
            optional
            hint="Visible to the practice only, never to the client."
            error={errors.alertNote?.message}
            {...register('alertNote')}
          />
        </div>
      </details>

      <CheckboxField
        label="Send email reminders and receipts"
        hint={client ? 'Invitations are always emailed.' : 'The invitation itself is always emailed.'}
        error={errors.emailConsent?.message}
        {...register('emailConsent')}
      />

      <div className="form-actions">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" busy={saveClient.isPending}>
          {client ? 'Save changes' : 'Add client and send invitation'}
        </Button>
      </div>
    </form>
  );
}

