import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { problemResponse, server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import type { Client, Contact } from '@/types/api';
import { ContactsPanel } from './contacts-panel';

const client = { id: 'c1', status: 'invited', firstName: 'Sam', lastName: 'Young' } as Client;

const pat: Contact = {
  id: 'k1',
  name: 'Pat Young',
  relationship: 'Mother',
  email: 'pat@example.test',
  phone: null,
  portalAccess: true,
  portalStatus: 'active',
  invitation: null,
  createdAt: '2026-11-01T10:00:00Z',
};

/** Opens the panel and adds Pat, a mother with portal access, as a practice member would. */
async function addPatWithPortalAccess() {
  renderApp(<ContactsPanel client={client} />);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Add contact' }));
  await user.type(screen.getByLabelText('Name'), 'Pat Young');
  await user.type(screen.getByLabelText('Relationship'), 'Mother');
  await user.type(screen.getByLabelText('Email'), 'pat@example.test');
  await user.click(screen.getByLabelText('Portal access'));
  await user.click(screen.getByRole('button', { name: 'Add contact' }));
}

test('adding a contact with portal access sends exactly what was entered', async () => {
  let sent: unknown;
  const contacts: Contact[] = [];
  server.use(
    http.get('*/api/clients/c1/contacts', () => HttpResponse.json(contacts)),
    http.post('*/api/clients/c1/contacts', async ({ request }) => {
      sent = await request.json();
      contacts.push({ ...pat, portalStatus: 'invited' });
      return HttpResponse.json(contacts[0], { status: 201 });
    }),
    http.get('*/api/clients/c1', () => HttpResponse.json(client)),
    http.get('*/api/clients', () => HttpResponse.json({ items: [] })),
    http.get('*/api/clients/c1/activity', () => HttpResponse.json([])),
  );
  await addPatWithPortalAccess();

  expect(await screen.findByText('Portal invitation sent')).toBeInTheDocument();
  expect(sent).toEqual({ name: 'Pat Young', relationship: 'Mother', email: 'pat@example.test', phone: null, portalAccess: true });
});

test('an adult client: the server explains portal access on its field', async () => {
  server.use(
    http.get('*/api/clients/c1/contacts', () => HttpResponse.json([])),
    http.post('*/api/clients/c1/contacts', () =>
      problemResponse('client-not-minor', 409, {
        errors: [{ field: 'portalAccess', message: 'Sam is 18 or older: portal access for a contact is only for a client under 18' }],
      }),
    ),
  );
  await addPatWithPortalAccess();

  expect(await screen.findByText('Sam is 18 or older: portal access for a contact is only for a client under 18')).toBeInTheDocument();
});

test('revoking portal access asks the server to end it', async () => {
  let revoked = false;
  server.use(
    http.get('*/api/clients/c1/contacts', () => HttpResponse.json([revoked ? { ...pat, portalAccess: false, portalStatus: 'none' } : pat])),
    http.delete('*/api/clients/c1/contacts/k1/portal-access', () => {
      revoked = true;
      return HttpResponse.json({ ...pat, portalAccess: false, portalStatus: 'none' });
    }),
    http.get('*/api/clients/c1', () => HttpResponse.json(client)),
    http.get('*/api/clients', () => HttpResponse.json({ items: [] })),
    http.get('*/api/clients/c1/activity', () => HttpResponse.json([])),
  );
  renderApp(<ContactsPanel client={client} />);
  const user = userEvent.setup();

  expect(await screen.findByText('Portal access')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Revoke portal access' }));
  expect(await screen.findByText('No portal access')).toBeInTheDocument();
  expect(revoked).toBe(true);
});

const clientRoutes = [
  http.get('*/api/clients/c1', () => HttpResponse.json(client)),
  http.get('*/api/clients', () => HttpResponse.json({ items: [] })),
  http.get('*/api/clients/c1/activity', () => HttpResponse.json([])),
];

test('editing a contact starts from their details and sends the whole contact back', async () => {
  let sent: unknown;
  let current = pat;
  server.use(
    http.get('*/api/clients/c1/contacts', () => HttpResponse.json([current])),
    http.put('*/api/clients/c1/contacts/k1', async ({ request }) => {
      sent = await request.json();
      current = { ...pat, ...(sent as Partial<Contact>) };
      return HttpResponse.json(current);
    }),
    ...clientRoutes,
  );
  renderApp(<ContactsPanel client={client} />);
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Edit Pat Young' }));
  const form = screen.getByRole('form', { name: 'Save contact' });
  expect(screen.getByLabelText('Email')).toHaveValue('pat@example.test');
  expect(screen.getByLabelText('Portal access')).toBeChecked();
  await user.clear(screen.getByLabelText('Name'));
  await user.type(screen.getByLabelText('Name'), 'Pat Rivers');
  await user.type(screen.getByLabelText(/Phone/), '+12125550199');
  await user.click(screen.getByRole('button', { name: 'Save contact' }));

  expect(await screen.findByText('Pat Rivers')).toBeInTheDocument();
  expect(form).not.toBeInTheDocument();
  expect(sent).toEqual({ name: 'Pat Rivers', relationship: 'Mother', email: 'pat@example.test', phone: '+12125550199', portalAccess: true });
});

test('a server field error on an edit stays on its field', async () => {
  server.use(
    http.get('*/api/clients/c1/contacts', () => HttpResponse.json([pat])),
    http.put('*/api/clients/c1/contacts/k1', () =>
      problemResponse('validation-failed', 400, { errors: [{ field: 'email', message: 'Enter a valid email address' }] }),
    ),
    ...clientRoutes,
  );
  renderApp(<ContactsPanel client={client} />);
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Edit Pat Young' }));
  await user.click(screen.getByRole('button', { name: 'Save contact' }));

  expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
  expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
});

test('removing a contact asks first, then the contact leaves the list', async () => {
  let removed = false;
  server.use(
    http.get('*/api/clients/c1/contacts', () => HttpResponse.json(removed ? [] : [pat])),
    http.delete('*/api/clients/c1/contacts/k1', () => {
      removed = true;
      return new HttpResponse(null, { status: 204 });
    }),
    ...clientRoutes,
  );
  renderApp(<ContactsPanel client={client} />);
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Remove Pat Young' }));
  const dialog = screen.getByRole('dialog', { name: 'Remove Pat Young?' });
  expect(dialog).toHaveTextContent('any portal access and open invitation link end at once');
  expect(removed).toBe(false);
  await user.click(screen.getByRole('button', { name: 'Remove contact' }));

  expect(await screen.findByText(/No contacts yet/)).toBeInTheDocument();
  expect(removed).toBe(true);
});
