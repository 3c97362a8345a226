import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import { ClientList } from './client-list';

const page = (items: unknown[], totalItems = items.length) => ({ items, page: 0, size: 25, totalItems, totalPages: Math.ceil(totalItems / 25) });
const summary = (id: string, firstName: string, status: string) => ({
  id, firstName, lastName: 'Doe', preferredName: null, email: `${firstName.toLowerCase()}@example.com`, status,
  clinician: { id: 'm1', name: 'Dr. Maya Rivera' }, paymentMethod: null, paymentType: 'self_pay', lastActivityAt: '2026-01-05T10:00:00Z', pinned: false,
});
const members = http.get('*/api/practice/members', () =>
  HttpResponse.json([
    { id: 'm1', name: 'Dr. Maya Rivera', role: 'PRACTICE_ADMIN' },
    { id: 'm2', name: 'Dr. Lee Park', role: 'CLINICIAN' },
    { id: 'm3', name: 'Sam Front Desk', role: 'STAFF' },
  ]),
);

test('an empty practice invites to add the first client', async () => {
  server.use(members, http.get('*/api/clients', () => HttpResponse.json(page([]))));
  renderApp(<ClientList />, { path: '/app' });

  expect(await screen.findByText('No clients yet — add your first client')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Add client' })).toHaveAttribute('href', '/app/clients/new');
});

test('rows show name, clinician, payment and connection status; the status filter asks the server', async () => {
  const asked: string[] = [];
  const priya = { ...summary('c2', 'Priya', 'connected'), paymentMethod: { brand: 'amex', last4: '0005' } };
  server.use(
    members,
    http.get('*/api/clients', ({ request }) => {
      const url = new URL(request.url);
      asked.push(url.search);
      return HttpResponse.json(
        url.searchParams.get('status') === 'connected'
          ? page([priya])
          : page([summary('c1', 'Jane', 'invited'), priya]),
      );
    }),
  );
  renderApp(<ClientList />, { path: '/app' });

  const jane = (await screen.findByRole('link', { name: 'Jane Doe' })).closest('tr')!;
  expect(within(jane).getByText('Invited')).toBeInTheDocument();
  expect(within(jane).getByText('Dr. Maya Rivera')).toBeInTheDocument();
  expect(within(jane).getByText('Self-Pay')).toBeInTheDocument();
  expect(within(jane).getByLabelText('No payment method')).toHaveTextContent('—');
  expect(within(screen.getByRole('link', { name: 'Priya Doe' }).closest('tr')!).getByText('American Express •••• 0005')).toBeInTheDocument();

  await userEvent.setup().selectOptions(screen.getByLabelText('Status'), 'connected');

  await vi.waitFor(() => expect(screen.queryByRole('link', { name: 'Jane Doe' })).toBeNull());
  expect(screen.getByRole('link', { name: 'Priya Doe' })).toBeInTheDocument();
  expect(asked.at(-1)).toContain('status=connected');
});

test('payment type and clinician filters ask the server; staff are not offered as clinicians', async () => {
  const asked: URLSearchParams[] = [];
  server.use(
    members,
    http.get('*/api/clients', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json(page([summary('c1', 'Jane', 'invited')]));
    }),
  );
  renderApp(<ClientList />, { path: '/app/clients' });
  await screen.findByRole('link', { name: 'Jane Doe' });
  const user = userEvent.setup();

  await user.selectOptions(screen.getByLabelText('Payment type'), 'oon_pay');
  await vi.waitFor(() => expect(asked.at(-1)?.get('paymentType')).toBe('oon_pay'));
  const clinician = screen.getByLabelText('Clinician');
  await vi.waitFor(() => expect(within(clinician).getByRole('option', { name: 'Dr. Lee Park' })).toBeInTheDocument());
  expect(within(clinician).queryByRole('option', { name: 'Sam Front Desk' })).toBeNull();
  await user.selectOptions(clinician, 'm2');
  await vi.waitFor(() => expect(asked.at(-1)?.get('clinicianId')).toBe('m2'));
  expect(asked.at(-1)?.get('paymentType')).toBe('oon_pay');
});

test('pinning and archiving a row ask the server and refresh the list', async () => {
  let pinned = false;
  let status = 'connected';
  const calls: string[] = [];
  server.use(
    members,
    http.get('*/api/clients', () => HttpResponse.json(page([{ ...summary('c1', 'Jane', status), pinned }]))),
    http.put('*/api/clients/c1/pin', () => {
      calls.push('pin');
      pinned = true;
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/api/clients/c1/archive', () => {
      calls.push('archive');
      status = 'archived';
      return HttpResponse.json({});
    }),
  );
  renderApp(<ClientList />, { path: '/app/clients' });
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Pin Jane Doe' }));
  expect(await screen.findByRole('button', { name: 'Unpin Jane Doe' })).toHaveAttribute('aria-pressed', 'true');

  await user.click(screen.getByRole('button', { name: 'Archive' }));
  expect(await screen.findByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
  expect(within(screen.getByRole('link', { name: 'Jane Doe' }).closest('tr')!).getByText('Archived')).toBeInTheDocument();
  expect(calls).toEqual(['pin', 'archive']);
});
