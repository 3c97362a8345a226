import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { ForgotPasswordForm } from './forgot-password-form';

const answer = { message: 'If an account exists for that email, we sent a link to reset its password.' };

async function ask(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Send reset link' }));
}

test.each(['known@example.com', 'nobody@example.com'])('asking for %s shows the same message', async (email) => {
  const sent: unknown[] = [];
  server.use(
    http.post('*/api/password-resets', async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json(answer, { status: 202 });
    }),
  );
  renderApp(<ForgotPasswordForm portal="client" />);

  await ask(email);

  expect(await screen.findByRole('status')).toHaveTextContent('If an account exists for that email, we sent a link');
  expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
  expect(sent).toEqual([{ email, portal: 'client' }]);
});

test('too many requests tells how long to wait', async () => {
  server.use(http.post('*/api/password-resets', () => problemResponse('too-many-attempts', 429, {}, { 'Retry-After': '120' })));
  renderApp(<ForgotPasswordForm portal="practice" />);

  await ask('ada@example.com');

  expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 2 minutes.');
});

test('asks for a valid email before sending anything', async () => {
  renderApp(<ForgotPasswordForm portal="practice" />);

  await ask('not-an-email');

  expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
});
