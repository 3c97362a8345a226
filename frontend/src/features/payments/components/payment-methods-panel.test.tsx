import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { problemResponse, server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import type { PaymentMethod } from '@/types/api';
import { formatCardNumber, formatExpiry, passesLuhn } from '../api/payment-methods';
import { PaymentMethodsPanel } from './payment-methods-panel';

const visa: PaymentMethod = {
  id: 'pm1',
  brand: 'visa',
  last4: '4242',
  expMonth: 4,
  expYear: 2031,
  funding: 'credit',
  isDefault: true,
  createdAt: '2026-11-01T10:00:00Z',
};

const hsa: PaymentMethod = { ...visa, id: 'pm2', last4: '5556', funding: 'hsa_fsa', isDefault: false };

const practiceScope = { clientId: 'c1', portal: false };

function stubClientLists() {
  server.use(
    http.get('*/api/clients', () => HttpResponse.json({ items: [] })),
    http.get('*/api/clients/counts', () => HttpResponse.json({})),
    http.get('*/api/clients/c1', () => HttpResponse.json({ id: 'c1' })),
    http.get('*/api/clients/c1/activity', () => HttpResponse.json([])),
  );
}

async function typeCard(number: string, expiry: string, cvc: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Add card' }));
  await user.type(screen.getByLabelText('Card number'), number);
  await user.type(screen.getByLabelText('Expiry'), expiry);
  await user.type(screen.getByLabelText('CVC'), cvc);
  await user.click(within(screen.getByRole('form', { name: 'Add card' })).getByRole('button', { name: 'Add card' }));
}

test('the card goes to the sandbox only; Claimstream gets the token', async () => {
  let tokenized: unknown;
  let added: unknown;
  const cards: PaymentMethod[] = [];
  stubClientLists();
  server.use(
    http.get('*/api/clients/c1/payment-methods', () => HttpResponse.json(cards)),
    http.post('*/sandbox/cards/tokens', async ({ request }) => {
      tokenized = await request.json();
      return HttpResponse.json({ token: 'tok_1', brand: 'visa', last4: '4242', expMonth: 4, expYear: 2031, funding: 'credit' }, { status: 201 });
    }),
    http.post('*/api/clients/c1/payment-methods', async ({ request }) => {
      added = await request.json();
      cards.push(visa);
      return HttpResponse.json(visa, { status: 201 });
    }),
  );
  renderApp(<PaymentMethodsPanel scope={practiceScope} />);
  await typeCard('4242424242424242', '0431', '123');

  expect(await screen.findByText('Visa •••• 4242')).toBeInTheDocument();
  expect(screen.getByText('Expires 04/31')).toBeInTheDocument();
  expect(tokenized).toEqual({ number: '4242 4242 4242 4242', expiry: '04/31', cvc: '123', postalCode: '' });
  expect(added).toEqual({ token: 'tok_1' });
});

test('a mistyped number is caught before anything is sent', async () => {
  let sent = false;
  server.use(
    http.get('*/api/clients/c1/payment-methods', () => HttpResponse.json([])),
    http.post('*/sandbox/cards/tokens', () => {
      sent = true;
      return HttpResponse.json({}, { status: 201 });
    }),
  );
  renderApp(<PaymentMethodsPanel scope={practiceScope} />);
  await typeCard('4242424242424241', '0431', '12');

  expect(await screen.findByText('This card number is not valid; check it for a typo')).toBeInTheDocument();
  expect(screen.getByText('Enter the 3-digit security code')).toBeInTheDocument();
  expect(screen.getByText('Visa')).toBeInTheDocument();
  expect(sent).toBe(false);
});

test("the processor's field errors land on their fields", async () => {
  server.use(
    http.get('*/api/clients/c1/payment-methods', () => HttpResponse.json([])),
    http.post('*/sandbox/cards/tokens', () =>
      problemResponse('validation-failed', 400, { errors: [{ field: 'expiry', message: 'This card has expired' }] }),
    ),
  );
  renderApp(<PaymentMethodsPanel scope={practiceScope} />);
  await typeCard('5555555555554444', '1299', '123');

  expect(await screen.findByText('This card has expired')).toBeInTheDocument();
  expect(screen.getByLabelText('Expiry')).toHaveAttribute('aria-invalid', 'true');
});

test('removing a card asks first; the default can be changed; HSA/FSA is shown', async () => {
  let removed = false;
  let madeDefault = '';
  stubClientLists();
  server.use(
    http.get('*/api/portal/connections/c1/payment-methods', () => HttpResponse.json(removed ? [visa] : [visa, hsa])),
    http.post('*/api/portal/connections/c1/payment-methods/pm2/default', () => {
      madeDefault = 'pm2';
      return HttpResponse.json({ ...hsa, isDefault: true });
    }),
    http.delete('*/api/portal/connections/c1/payment-methods/pm2', () => {
      removed = true;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  renderApp(<PaymentMethodsPanel scope={{ clientId: 'c1', portal: true }} />);
  const user = userEvent.setup();
  const hsaCard = (await screen.findByText('Visa •••• 5556')).closest('li') as HTMLElement;
  expect(within(hsaCard).getByText('HSA/FSA')).toBeInTheDocument();
  await user.click(within(hsaCard).getByRole('button', { name: 'Make default' }));
  await vi.waitFor(() => expect(madeDefault).toBe('pm2'));

  await user.click(within(hsaCard).getByRole('button', { name: 'Remove' }));
  const dialog = screen.getByRole('dialog', { name: 'Remove this card?' });
  expect(removed).toBe(false);
  await user.click(within(dialog).getByRole('button', { name: 'Remove card' }));
  await vi.waitFor(() => expect(screen.queryByText('Visa •••• 5556')).not.toBeInTheDocument());
  expect(removed).toBe(true);
});

test('the portal shows no cards when the practice turned portal payments off', async () => {
  server.use(http.get('*/api/portal/connections/c1/payment-methods', () => problemResponse('portal-feature-disabled', 403)));
  renderApp(<PaymentMethodsPanel scope={{ clientId: 'c1', portal: true }} />);
  expect(await screen.findByRole('region', { name: 'Payment methods' })).toBeInTheDocument();
  await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Payment methods' })).not.toBeInTheDocument());
});

test('numbers and expiry are formatted as typed', () => {
  expect(formatCardNumber('378282246310005')).toBe('3782 822463 10005');
  expect(formatCardNumber('4242-4242 42424242')).toBe('4242 4242 4242 4242');
  expect(formatExpiry('0431')).toBe('04/31');
  expect(passesLuhn('4000 0566 5566 5556')).toBe(true);
  expect(passesLuhn('4000 0566 5566 5557')).toBe(false);
});
