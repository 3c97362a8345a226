import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import { ClientList } from './client-list';

const page = (items: unknown[], totalItems = items.length) => ({ items, page: 0, size: 25, totalItems, totalPages: Math.ceil(totalItems / 25) });
const summary = (id: string, firstName: string, status: string) => ({
  id, firstName, lastName: 'Doe', preferredName: null, email: `${firstName.toLowerCase()}@example.com`, status,
  clinician: { id: 'm1', name: 'Dr. Maya Rivera' }, paymentMethod: null, paymentType: 'self_pay', lastActivityAt: '2026-01-05T10:00:00Z',
});

test('an empty practice invites to add the first client', async () => {
  server.use(http.get('*/api/clients', () => HttpResponse.json(page([]))));
  renderApp(<ClientList />, { path: '/app' });

  expect(await screen.findByText('No clients yet — add your first client')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Add client' })).toHaveAttribute('href', '/app/clients/new');
});

test('rows show name, clinician, payment and connection status; the status filter asks the server', async () => {
  const asked: string[] = [];
  server.use(
    http.get('*/api/clients', ({ request }) => {
      const url = new URL(request.url);
      asked.push(url.search);
      return HttpResponse.json(
        url.searchParams.get('status') === 'connected' ? page([summary('c2', 'Priya', 'connected')]) : page([summary('c1', 'Jane', 'invited'), summary('c2', 'Priya', 'connected')]),
      );
    }),
  );
  renderApp(<ClientList />, { path: '/app' });

  const jane = (await screen.findByRole('link', { name: 'Jane Doe' })).closest('tr')!;
  expect(within(jane).getByText('Invited')).toBeInTheDocument();
  expect(within(jane).getByText('Dr. Maya Rivera')).toBeInTheDocument();
  expect(within(jane).getByText('Self-pay')).toBeInTheDocument();
  expect(within(jane).getByText('None')).toBeInTheDocument();

  await userEvent.setup().selectOptions(screen.getByLabelText('Status'), 'connected');

  await vi.waitFor(() => expect(screen.queryByRole('link', { name: 'Jane Doe' })).toBeNull());
  expect(screen.getByRole('link', { name: 'Priya Doe' })).toBeInTheDocument();
  expect(asked.at(-1)).toContain('status=connected');
});
