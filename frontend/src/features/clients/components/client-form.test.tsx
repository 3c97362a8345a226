import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { ClientForm } from './client-form';

const members = http.get('*/api/practice/members', () =>
  HttpResponse.json([
    { id: 'm1', name: 'Dr. Maya Rivera', role: 'PRACTICE_ADMIN' },
    { id: 'm2', name: 'Sam Front Desk', role: 'STAFF' },
  ]),
);

function renderForm() {
  const onCreated = vi.fn();
  renderApp(<ClientForm onSaved={onCreated} onCancel={() => undefined} />, {
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
    paymentType: 'self_pay',
  });
});

test('required fields are checked before anything is sent', async () => {
  server.use(members);
  const { user } = renderForm();
  await user.click(screen.getByRole('button', { name: 'Add client and send invitation' }));

  expect(await screen.findByText('Enter a first name')).toBeInTheDocument();
  expect(screen.getByLabelText('Last name')).toHaveAccessibleDescription('Enter a last name');
});

const stored = {
  id: 'c1', firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', status: 'connected', preferredName: null,
  pronouns: 'she/her', dateOfBirth: '1990-04-01', sexAtBirth: null, mobilePhone: '+14155550123', smsConsent: true,
  emailConsent: true, preferredLanguage: null, timezone: null, address: { line1: '1 Main St', line2: null, city: 'Austin', state: 'TX', postalCode: '78701' },
  emergencyContact: null, alertNote: null, clinicianId: 'm1', paymentType: 'oon_pay', clinician: { id: 'm1', name: 'Dr. Maya Rivera' },
  createdAt: '2026-01-01T10:00:00Z', updatedAt: '2026-01-02T10:00:00Z', invitation: null,
};

function renderEdit(canReassign = true) {
  const onSaved = vi.fn();
  renderApp(<ClientForm client={stored as never} canReassign={canReassign} onSaved={onSaved} onCancel={() => undefined} />, {
    path: '/app/clients/c1/edit',
  });
  return { onSaved, user: userEvent.setup() };
}

test('editing starts from the stored profile and puts every field back, cleared ones left out', async () => {
  let body: Record<string, unknown> | undefined;
  server.use(
    members,
    http.put('*/api/clients/c1', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json({ ...stored, ...body });
    }),
  );
  const { user, onSaved } = renderEdit();
  expect(screen.getByLabelText(/Pronouns/)).toHaveValue('she/her');
  expect(screen.getByLabelText(/^State/)).toHaveValue('TX');
  // the payment type is chosen in the Benefits section (eligibility), and put back unchanged here
  expect(screen.queryByLabelText('Payment type')).not.toBeInTheDocument();
  await user.clear(screen.getByLabelText(/Pronouns/));
  await user.clear(screen.getByLabelText('First name'));
  await user.type(screen.getByLabelText('First name'), 'Janet');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));

  await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(body).toEqual({
    firstName: 'Janet', lastName: 'Doe', email: 'jane@example.com', dateOfBirth: '1990-04-01', mobilePhone: '+14155550123',
    smsConsent: true, emailConsent: true, address: { line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701' },
    clinicianId: 'm1', paymentType: 'oon_pay',
  });
});

test('an edit is checked like the API checks it: US state, ZIP code, future birth date, SMS consent needs a phone', async () => {
  let sent = false;
  server.use(
    members,
    http.put('*/api/clients/c1', () => {
      sent = true;
      return HttpResponse.json(stored);
    }),
  );
  const { user } = renderEdit();
  await user.clear(screen.getByLabelText(/^State/));
  await user.type(screen.getByLabelText(/^State/), 'ZZ');
  await user.clear(screen.getByLabelText(/ZIP code/));
  await user.type(screen.getByLabelText(/ZIP code/), '1234');
  await user.clear(screen.getByLabelText(/Mobile phone/));
  fireDate(screen.getByLabelText(/Date of birth/), '2999-01-01');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));

  expect(await screen.findByText('Use a US state code, like NY')).toBeInTheDocument();
  expect(screen.getByText('Use a 5-digit ZIP code')).toBeInTheDocument();
  expect(screen.getByText('The date of birth cannot be in the future')).toBeInTheDocument();
  expect(screen.getByText('SMS consent needs a mobile phone number')).toBeInTheDocument();
  expect(sent).toBe(false);
});

test('a clinician cannot pick another clinician; the API’s reassignment error lands on the field', async () => {
  server.use(
    members,
    http.put('*/api/clients/c1', () =>
      problemResponse('validation-failed', 400, { errors: [{ field: 'clinicianId', message: 'Choose a clinician of this practice' }] }),
    ),
  );
  const { user } = renderEdit(false);
  expect(screen.getByLabelText(/Clinician/)).toBeDisabled();
  expect(screen.getByText('Only administrators and staff can assign another clinician.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(await screen.findByText('Choose a clinician of this practice')).toBeInTheDocument();
});

function fireDate(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}
