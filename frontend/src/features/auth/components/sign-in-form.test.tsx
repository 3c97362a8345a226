import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import { SignInForm } from './sign-in-form';

async function signIn(email = 'ada@example.com', password = 'correct horse battery') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

test('wrong email or password shows the invalid-credentials message', async () => {
  server.use(http.post('*/api/sessions', () => problemResponse('invalid-credentials', 401)));
  renderApp(<SignInForm portal="practice" onSignedIn={() => undefined} />);

  await signIn();

  expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
});

test('too many attempts tells how many minutes to wait, from Retry-After', async () => {
  server.use(http.post('*/api/sessions', () => problemResponse('too-many-attempts', 429, {}, { 'Retry-After': '270' })));
  renderApp(<SignInForm portal="practice" onSignedIn={() => undefined} />);

  await signIn();

  expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 5 minutes.');
});

test('signs in to the requested portal with the CSRF header and reports the session', async () => {
  let sent: { body: unknown; csrf: string | null } | undefined;
  const session = { account: { id: 'a1', email: 'c@example.com', name: 'Cleo', role: 'CLIENT' }, practice: null, secondFactor: 'off' };
  server.use(
    http.post('*/api/sessions', async ({ request }) => {
      sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
      return HttpResponse.json(session);
    }),
  );
  const onSignedIn = vi.fn();
  renderApp(<SignInForm portal="client" onSignedIn={onSignedIn} />);

  await signIn('c@example.com', 'hunter2hunter2');

  await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(session));
  expect(sent).toEqual({ body: { email: 'c@example.com', password: 'hunter2hunter2', portal: 'client' }, csrf: 'test-csrf' });
});

test('asks for the missing fields before sending anything', async () => {
  renderApp(<SignInForm portal="practice" onSignedIn={() => undefined} />);

  await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));

  expect(await screen.findByText('Enter your email')).toBeInTheDocument();
  expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email');
});
