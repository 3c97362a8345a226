import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { AddClientForm } from './add-client-form';

const members = http.get('*/api/practice/members', () =>
  HttpResponse.json([
    { id: 'm1', name: 'Dr. Maya Rivera', role: 'PRACTICE_ADMIN' },
    { id: 'm2', name: 'Sam Front Desk', role: 'STAFF' },
  ]),
);

function renderForm() {
  const onCreated = vi.fn();
  renderApp(<AddClientForm onCreated={onCreated} onCancel={() => undefined} />, {
    path: '/app/clients/new',
    routes: [{ path: '/app/clients/:clientId', element: <h1>Existing client page</h1> }],
  });
  return { onCreated, user: userEvent.setup() };
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('First name'), 'Jane');
  await user.type(screen.getByLabelText('Last name'), 'Doe');
  await user.type(screen.getByLabelText('Email'), 'jane@example.com');
}

test('server field errors appear on the fields they name, nested ones included', async () => {
  server.use(
    members,
    http.post('*/api/clients', () =>
      problemResponse('validation-failed', 400, {
        errors: [
          { field: 'email', message: 'This address cannot receive mail' },
          { field: 'address.postalCode', message: 'Enter a 5-digit ZIP code' },
        ],
      }),
    ),
  );
  const { user, onCreated } = renderForm();
  await fillRequired(user);
  await user.click(screen.getByRole('button', { name: 'Add client and send invitation' }));

  const email = screen.getByLabelText('Email');
  expect(await screen.findByText('This address cannot receive mail')).toBeInTheDocument();
  expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(email).toHaveAccessibleDescription(expect.stringContaining('This address cannot receive mail'));
  const zip = screen.getByLabelText(/ZIP code/);
  expect(zip).toHaveAttribute('aria-invalid', 'true');
  expect(zip).toHaveAccessibleDescription('Enter a 5-digit ZIP code');
  expect(zip).toBeVisible(); // "More details" opened to show it
  expect(onCreated).not.toHaveBeenCalled();
});

test('an email already in the practice says so and links to that client', async () => {
  server.use(
    members,
    http.post('*/api/clients', () =>
      problemResponse('client-exists', 409, { existingClientId: 'c-42', existingClientName: 'Jane Doe' }),
    ),
  );
  const { user } = renderForm();
  await fillRequired(user);
  await user.click(screen.getByRole('button', { name: 'Add client and send invitation' }));

  expect(await screen.findByText('A client with this email already exists.')).toBeInTheDocument();
  expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  await user.click(screen.getByRole('link', { name: 'Open Jane Doe' }));
  expect(await screen.findByRole('heading', { name: 'Existing client page' })).toBeInTheDocument();
});

test('sends only the fields that were filled in, and reports the new client', async () => {
  let body: unknown;
  const created = { id: 'c-1', firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', status: 'invited' };
  server.use(
    members,
    http.post('*/api/clients', async ({ request }) => {
      body = await request.json();
      return HttpResponse.json(created, { status: 201 });
    }),
  );
  const { user, onCreated } = renderForm();
  await fillRequired(user);
  await user.click(screen.getByText('More details'));
  await user.type(screen.getByLabelText(/Pronouns/), 'she/her');
  await user.type(screen.getByLabelText(/^State/), 'ca');
  const clinician = await screen.findByRole('option', { name: 'Dr. Maya Rivera' });
  await user.selectOptions(screen.getByLabelText(/Clinician/), clinician);
  expect(within(screen.getByLabelText(/Clinician/)).queryByRole('option', { name: 'Sam Front Desk' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Add client and send invitation' }));

  await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
  expect(body).toEqual({
    firstName: 'Jane',
    lastName: 'Doe',
    email: 'jane@example.com',
    pronouns: 'she/her',
    address: { state: 'CA' },
    clinicianId: 'm1',
    smsConsent: false,
    emailConsent: true,
  });
});

test('required fields are checked before anything is sent', async () => {
  server.use(members);
  const { user } = renderForm();
  await user.click(screen.getByRole('button', { name: 'Add client and send invitation' }));

  expect(await screen.findByText('Enter a first name')).toBeInTheDocument();
  expect(screen.getByLabelText('Last name')).toHaveAccessibleDescription('Enter a last name');
});
