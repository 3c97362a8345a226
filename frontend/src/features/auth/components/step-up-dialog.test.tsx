import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { api, isProblem } from '@/lib/api-client';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import { StepUpHost } from './step-up-dialog';

const stepUpRequired = { type: '/problems/step-up-required', title: 'Confirm', status: 403 };
const session = { account: { id: 'a1', email: 'a@example.com', name: 'Ada', role: 'PRACTICE_ADMIN' }, practice: { id: 'p1', name: 'Calm' }, secondFactor: 'verified' };

test('a change that needs step-up asks for a code in a dialog, verifies it and is sent again', async () => {
  const sent: string[] = [];
  server.use(
    http.put('*/api/practice/profile', () => {
      sent.push('PUT');
      return sent.length === 1 ? HttpResponse.json(stepUpRequired, { status: 403 }) : HttpResponse.json({ legalName: 'Calm LLC' });
    }),
    http.post('*/api/sessions/current/step-up', async ({ request }) => {
      sent.push(`step-up ${((await request.json()) as { code: string }).code}`);
      return HttpResponse.json(session);
    }),
  );
  renderApp(<StepUpHost />);

  const saved = api.put('/api/practice/profile', { legalName: 'Calm LLC' });
  await userEvent.type(await screen.findByLabelText('Code from your authenticator app'), '123456');
  await userEvent.click(screen.getByRole('button', { name: 'Confirm and continue' }));

  await expect(saved).resolves.toEqual({ legalName: 'Calm LLC' });
  expect(sent).toEqual(['PUT', 'step-up 123456', 'PUT']);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('cancelling the dialog gives the step-up problem back to the caller', async () => {
  server.use(http.put('*/api/practice/profile', () => HttpResponse.json(stepUpRequired, { status: 403 })));
  renderApp(<StepUpHost />);

  const saved = api.put('/api/practice/profile', {}).catch((error: unknown) => error);
  await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

  expect(isProblem(await saved, 'step-up-required')).toBe(true);
});
