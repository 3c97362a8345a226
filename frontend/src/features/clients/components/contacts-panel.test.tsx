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
