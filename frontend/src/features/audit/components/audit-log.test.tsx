import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import { AuditLog } from './audit-log';

const entry = (id: number, overrides: Record<string, unknown>) => ({
  id, occurredAt: '2026-01-05T10:00:00Z', event: 'phi_access', clientIds: [], outcome: 'allowed', status: 200, ip: '198.51.100.7', ...overrides,
});

test('entries name who did what to which client, with the outcome; the export keeps the filters', async () => {
  const asked: string[] = [];
  server.use(
    http.get('*/api/practice/audit', ({ request }) => {
      asked.push(new URL(request.url).search);
      return HttpResponse.json({
        items: [
          entry(2, { action: 'R', resource: 'client', actorId: 'm1', actorRole: 'CLINICIAN', clientIds: ['c1c1c1c1-0000-0000-0000-000000000000'] }),
          entry(1, { event: 'sign_in', outcome: 'denied', status: 401 }),
        ],
        page: 0, size: 50, totalItems: 2, totalPages: 1,
      });
    }),
  );
  const filter = { clientId: 'c1c1c1c1-0000-0000-0000-000000000000', action: 'R' as const };
  renderApp(<AuditLog filter={filter} page={0} onChange={() => {}} members={[{ id: 'm1', name: 'Dr. Maya Rivera' }]} clientHref={(id) => `/app/clients/${id}`} />, { path: '/app/audit' });

  const read = (await screen.findByText('Read client')).closest('tr')!;
  expect(within(read).getByText('Dr. Maya Rivera')).toBeInTheDocument();
  expect(within(read).getByRole('link', { name: 'c1c1c1c1' })).toHaveAttribute('href', '/app/clients/c1c1c1c1-0000-0000-0000-000000000000');
  expect(within(read).getByText('Allowed · 200')).toBeInTheDocument();
  const signIn = screen.getByText('Sign-in').closest('tr')!;
  expect(within(signIn).getByText('Unknown (not signed in)')).toBeInTheDocument();
  expect(within(signIn).getByText('Denied · 401')).toBeInTheDocument();
  expect(asked[0]).toContain('clientId=c1c1c1c1');
  expect(asked[0]).toContain('action=R');
  expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
    'href',
    '/api/practice/audit/export?clientId=c1c1c1c1-0000-0000-0000-000000000000&action=R',
  );
});

test('a refused review says so', async () => {
  server.use(
    http.get('*/api/practice/audit', () =>
      HttpResponse.json({ type: '/problems/forbidden', title: 'You are not allowed to do this', status: 403, detail: 'Only administrators can review the audit log' }, { status: 403 }),
    ),
  );
  renderApp(<AuditLog filter={{}} page={0} onChange={() => {}} members={[]} clientHref={(id) => id} />, { path: '/app/audit' });

  expect(await screen.findByText('The audit log could not be loaded')).toBeInTheDocument();
});
