import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { PracticeSignUpRoute } from './practice-sign-up';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';

async function fillAndSend(password = 'quiet harbor morning tide') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Practice name'), 'Calm Waters');
  await user.type(screen.getByLabelText('Your name'), 'Maya Rivera');
  await user.type(screen.getByLabelText('Work email'), 'maya@example.com');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Create practice' }));
}

test('sending the form says to check the email, without signing in', async () => {
  let sent: unknown;
  server.use(
    http.post('*/api/practice-signups', async ({ request }) => {
      sent = await request.json();
      return HttpResponse.json({ message: 'Check your email' }, { status: 202 });
    }),
  );
  const { queryClient } = renderApp(<PracticeSignUpRoute />, { path: '/app/sign-up' });

  await fillAndSend();

  expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('We sent a message to maya@example.com');
  expect(sent).toEqual({ practiceName: 'Calm Waters', yourName: 'Maya Rivera', email: 'maya@example.com', password: 'quiet harbor morning tide' });
  expect(queryClient.getQueryData(['session'])).toBeUndefined();
});

test('a weak password stays on the form, on its field', async () => {
  server.use(
    http.post('*/api/practice-signups', () =>
      problemResponse('weak-password', 400, { errors: [{ field: 'password', message: 'This password is too common; choose another' }] }),
    ),
  );
  renderApp(<PracticeSignUpRoute />, { path: '/app/sign-up' });

  await fillAndSend('password123');

  expect(await screen.findByText('This password is too common; choose another')).toBeInTheDocument();
  expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
  expect(screen.queryByRole('heading', { name: 'Check your email' })).not.toBeInTheDocument();
});
