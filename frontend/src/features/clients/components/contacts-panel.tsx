import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CheckboxField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { problemMessage } from '@/lib/form-errors';
import { useSaveWithFieldErrors } from '@/lib/use-save-with-field-errors';
import type { Client, Contact } from '@/types/api';
import {
  addContactFieldNames,
  addContactInputSchema,
  useAddContact,
  useContactAccess,
  useContacts,
  useEditContact,
  useRemoveContact,
  type AddContactInput,
} from '../api/contacts';

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
  const remove = useRemoveContact(client.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const removed = client.status === 'removed';
  const failed = access.isError ? access.error : remove.isError ? remove.error : null;
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
      {failed ? <Alert>{problemMessage(failed)}</Alert> : null}
      {contacts.isPending ? (
        <Spinner label="Loading contacts…" />
      ) : contacts.isError ? (
        <Alert title="The contacts could not be loaded">{problemMessage(contacts.error)}</Alert>
      ) : contacts.data.length === 0 ? (
        adding ? null : <p className="muted">No contacts yet. Add a parent or guardian to let them act for a minor client in the portal.</p>
      ) : (
        <ul className="contact-list">
          {contacts.data.map((contact) => {
            if (editing === contact.id) {
              return (
                <li key={contact.id} className="contact-item contact-item-editing">
                  <EditContactForm clientId={client.id} contact={contact} onDone={() => setEditing(null)} />
                </li>
              );
            }
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
                {removed ? null : (
                  <div className="contact-actions">
                    {contact.portalAccess ? (
                      <Button variant="ghost" busy={busy} onClick={() => access.mutate({ contactId: contact.id, granted: false })}>
                        Revoke portal access
                      </Button>
                    ) : (
                      <Button variant="ghost" busy={busy} onClick={() => access.mutate({ contactId: contact.id, granted: true })}>
                        Give portal access
                      </Button>
                    )}
                    <Button variant="ghost" aria-label={`Edit ${contact.name}`} onClick={() => setEditing(contact.id)}>
                      Edit
                    </Button>
                    <Button variant="ghost" className="btn-danger-text" aria-label={`Remove ${contact.name}`} onClick={() => setRemoving(contact)}>
                      Remove
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'this contact'}?`}
        confirmLabel="Remove contact"
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSettled: () => setRemoving(null) })}
      >
        <p>They leave the contact list; any portal access and open invitation link end at once.</p>
        <p>The client's history keeps what happened.</p>
      </ConfirmDialog>
    </Card>
  );
}

function AddContactForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const add = useAddContact(clientId);
  return <ContactForm mutation={add} defaults={EMPTY} onDone={onDone} label="Add contact" />;
}

function EditContactForm({ clientId, contact, onDone }: { clientId: string; contact: Contact; onDone: () => void }) {
  const edit = useEditContact(clientId, contact.id);
  const defaults = { name: contact.name, relationship: contact.relationship, email: contact.email, phone: contact.phone ?? '', portalAccess: contact.portalAccess };
  return <ContactForm mutation={edit} defaults={defaults} onDone={onDone} label="Save contact" />;
}

type ContactMutation = ReturnType<typeof useAddContact> | ReturnType<typeof useEditContact>;

function ContactForm({ mutation, defaults, onDone, label }: { mutation: ContactMutation; defaults: AddContactInput; onDone: () => void; label: string }) {
  const { register, handleSubmit, setError, formState } = useForm<AddContactInput>({ resolver: zodResolver(addContactInputSchema), defaultValues: defaults });
  const { formError, save } = useSaveWithFieldErrors(
    {
      mutate: (values, options) =>
        mutation.mutate(values, {
          ...options,
          onSuccess: () => {
            options.onSuccess();
            onDone();
          },
        }),
    },
    setError,
    addContactFieldNames,
  );
  const { errors } = formState;
  return (
    <form className="form" onSubmit={handleSubmit(save)} noValidate aria-label={label}>
      {formError ? <Alert title="The contact was not saved">{formError}</Alert> : null}
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
        <Button type="submit" busy={mutation.isPending}>
          {label}
        </Button>
      </div>
    </form>
  );
}
