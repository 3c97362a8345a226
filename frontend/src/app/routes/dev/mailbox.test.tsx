import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import { MailboxRoute } from './mailbox';

// every test answers the page's three sources; each test then overrides the one it is about
const noDemoAuthenticator = http.get('*/api/dev/demo-authenticator', () =>
  HttpResponse.json({ type: '/problems/not-found', title: 'Not found', status: 404 }, { status: 404 }),
);
const noTexts = http.get('*/api/dev/sms', () => HttpResponse.json([]));

beforeEach(() => server.use(noDemoAuthenticator, noTexts));

const mail = (id: string, to: string, createdAt: string, text = 'Hello') => ({ id, to, subject: `Invitation ${id}`, text, html: '<p>x</p>', createdAt, status: 'sent' });

test('lists sent mail newest first; opening one shows its text with the invitation link clickable in this tab', async () => {
  server.use(
    http.get('*/api/dev/mailbox', () =>
      HttpResponse.json([
        mail('old', 'a@example.com', '2026-01-05T09:00:00Z'),
        mail('new', 'jane@example.com', '2026-01-05T10:00:00Z', 'Hi Jane,\n\nAccept the invitation: http://localhost:8080/portal/invite#token=abc123\n\nThanks'),
      ]),
    ),
  );
  renderApp(<MailboxRoute />, { path: '/dev/mailbox' });

  const list = await screen.findByRole('list', { name: 'Sent mail' });
  const items = within(list).getAllByRole('link');
  expect(items.map((item) => item.textContent)).toEqual([expect.stringContaining('jane@example.com'), expect.stringContaining('a@example.com')]);

  await userEvent.setup().click(items[0]);

  const link = await screen.findByRole('link', { name: 'http://localhost:8080/portal/invite#token=abc123' });
  expect(link).toHaveAttribute('href', 'http://localhost:8080/portal/invite#token=abc123');
  expect(link).not.toHaveAttribute('target');
  expect(screen.getByText(/Hi Jane,/)).toBeInTheDocument();
  expect(items[0]).toHaveAttribute('aria-current', 'page');
});

test('shows the text messages of the SMS sandbox beside the mail, with why a test number failed', async () => {
  server.use(
    http.get('*/api/dev/mailbox', () => HttpResponse.json([])),
    http.get('*/api/dev/sms', () =>
      HttpResponse.json([
        { id: 's1', to: '+15005550001', body: 'Claimstream: your claim was decided', createdAt: '2026-01-05T10:00:00Z', status: 'failed', error: 'Sandbox: +15005550001 is not a mobile number' },
      ]),
    ),
  );
  renderApp(<MailboxRoute />, { path: '/dev/mailbox' });

  const texts = await screen.findByRole('list', { name: 'Text messages' });
  expect(within(texts).getByText('Claimstream: your claim was decided')).toBeInTheDocument();
  expect(within(texts).getByText(/not a mobile number/)).toBeInTheDocument();
});

test('in the demo, the demo authenticator shows the current two-factor code', async () => {
  server.use(
    http.get('*/api/dev/demo-authenticator', () => HttpResponse.json({ email: 'demo@claimstream.test', code: '492039', secondsLeft: 12 })),
    http.get('*/api/dev/mailbox', () => HttpResponse.json([])),
  );
  renderApp(<MailboxRoute />, { path: '/dev/mailbox' });

  const panel = await screen.findByRole('region', { name: 'Demo authenticator' });
  expect(within(panel).getByText('492039')).toBeVisible();
  expect(within(panel).getByText(/demo@claimstream\.test/)).toBeVisible();
});
