import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { problemResponse, server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import type { ClinicianInvitation } from '@/types/api';
import { InviteClinicianCard } from './invite-clinician-card';

test('an invitation is sent and then listed as sent', async () => {
  const sent: ClinicianInvitation[] = [];
  let body: unknown;
  server.use(
    http.get('*/api/portal/clinician-invitations', () => HttpResponse.json(sent)),
    http.post('*/api/portal/clinician-invitations', async ({ request }) => {
      body = await request.json();
      sent.push({ id: 'i1', name: 'Dr. Lee Park', email: 'lee@example.test', sentAt: '2026-12-01T10:00:00Z' });
      return HttpResponse.json(sent[0], { status: 201 });
    }),
  );
  renderApp(<InviteClinicianCard />);
  const user = userEvent.setup();

  await user.type(screen.getByLabelText("Clinician's name"), 'Dr. Lee Park');
  await user.type(screen.getByLabelText("Clinician's email"), 'lee@example.test');
  await user.click(screen.getByRole('button', { name: 'Send invitation' }));

  expect(await screen.findByText('Invitation sent.')).toBeInTheDocument();
  expect(await screen.findByRole('list', { name: 'Invitations you sent' })).toHaveTextContent('Dr. Lee Park');
  expect(body).toEqual({ name: 'Dr. Lee Park', email: 'lee@example.test', message: null });
  expect(screen.getByLabelText("Clinician's name")).toHaveValue('');
});

test('the rate limit is explained', async () => {
  server.use(
    http.get('*/api/portal/clinician-invitations', () => HttpResponse.json([])),
    http.post('*/api/portal/clinician-invitations', () =>
      problemResponse('too-many-attempts', 429, { detail: 'Too many failed attempts; try again in 24 hours' }),
    ),
  );
  renderApp(<InviteClinicianCard />);
  const user = userEvent.setup();

  await user.type(screen.getByLabelText("Clinician's name"), 'Dr. Lee Park');
  await user.type(screen.getByLabelText("Clinician's email"), 'lee@example.test');
  await user.click(screen.getByRole('button', { name: 'Send invitation' }));

  expect(await screen.findByText('Too many failed attempts; try again in 24 hours')).toBeInTheDocument();
});
