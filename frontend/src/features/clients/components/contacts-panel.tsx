import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CheckboxField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { problemMessage } from '@/lib/form-errors';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import type { Client, Contact } from '@/types/api';
import { addContactFieldNames, addContactInputSchema, useAddContact, useContactAccess, useContacts, type AddContactInput } from '../api/contacts';

const PORTAL: Record<Contact['portalStatus'], { label: string; tone: 'success' | 'info' | 'neutral' | 'warning' }> = {
  none: { label: 'No portal access', tone: 'neutral' },
  invited: { label: 'Portal invitation sent', tone: 'info' },
  active: { label: 'Portal access', tone: 'success' },
  expired: { label: 'Portal link expired', tone: 'warning' },
  declined: { label: 'Portal invitation declined', tone: 'warning' },
  revoked: { label: 'Portal link revoked', tone: 'warning' },
};

const EMPTY: AddContactInput = { name: '', relationship: '', email: '', phone: '', portalAccess: false };

/** A client's contacts (guardians); one with portal access acts for a minor client in the portal. */
export function ContactsPanel({ client }: { client: Client }) {
  const contacts = useContacts(client.id);
  const access = useContactAccess(client.id);
  const [adding, setAdding] = useState(false);
  const removed = client.status === 'removed';
  return (
    <Card
      title="Contacts"
      actions={
        !removed && !adding ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add contact
          </Button>
        ) : null
      }
    >
      {adding ? <AddContactForm clientId={client.id} onDone={() => setAdding(false)} /> : null}
      {access.isError ? <Alert>{problemMessage(access.error)}</Alert> : null}
      {contacts.isPending ? (
        <Spinner label="Loading contacts…" />
      ) : contacts.isError ? (
        <Alert title="The contacts could not be loaded">{problemMessage(contacts.error)}</Alert>
      ) : contacts.data.length === 0 ? (
        adding ? null : <p className="muted">No contacts yet. Add a parent or guardian to let them act for a minor client in the portal.</p>
      ) : (
        <ul className="contact-list">
          {contacts.data.map((contact) => {
            const status = PORTAL[contact.portalStatus];
            const busy = access.isPending && access.variables?.contactId === contact.id;
            return (
              <li key={contact.id} className="contact-item">
                <div>
                  <p className="contact-name">
                    {contact.name} <span className="muted">· {contact.relationship}</span>
                  </p>
                  <p className="contact-meta">
                    {contact.email}
                    {contact.phone ? ` · ${contact.phone}` : ''}
                  </p>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </div>
                {removed ? null : contact.portalAccess ? (
                  <Button variant="ghost" busy={busy} onClick={() => access.mutate({ contactId: contact.id, granted: false })}>
                    Revoke portal access
                  </Button>
                ) : (
                  <Button variant="ghost" busy={busy} onClick={() => access.mutate({ contactId: contact.id, granted: true })}>
                    Give portal access
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function AddContactForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const add = useAddContact(clientId);
  const { register, handleSubmit, setError, formState } = useForm<AddContactInput>({ resolver: zodResolver(addContactInputSchema), defaultValues: EMPTY });
  const { formError, save } = useSaveWithFieldErrors(
    { mutate: (values, options) => add.mutate(values, { ...options, onSuccess: () => { options.onSuccess(); onDone(); } }) },
    setError,
    addContactFieldNames,
  );
  const { errors } = formState;
  return (
    <form className="form" onSubmit={handleSubmit(save)} noValidate aria-label="Add contact">
      {formError ? <Alert title="The contact was not added">{formError}</Alert> : null}
      <div className="form-grid">
        <TextField label="Name" autoComplete="off" error={errors.name?.message} {...register('name')} />
        <TextField label="Relationship" autoComplete="off" placeholder="Mother, guardian…" error={errors.relationship?.message} {...register('relationship')} />
        <TextField label="Email" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
        <TextField label="Phone" optional type="tel" autoComplete="off" error={errors.phone?.message} {...register('phone')} />
      </div>
      <CheckboxField
        label="Portal access"
        hint="Emails an invitation to act for the client in the portal. Only for a client under 18."
        error={errors.portalAccess?.message}
        {...register('portalAccess')}
      />
      <div className="form-actions">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" busy={add.isPending}>
          Add contact
        </Button>
      </div>
    </form>
  );
}
