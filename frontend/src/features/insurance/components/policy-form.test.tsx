import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import type { PayerLookup, PolicyRequest } from '@/types/api';
import { PolicyForm } from './policy-form';

const anthem = { id: 'anthem-bcbs', name: 'Anthem Blue Cross Blue Shield', aliases: [], sandboxPayerId: '00227', supportsClaimstreamPay: true };
const bcbs = { id: 'bcbs', name: 'Blue Cross Blue Shield', aliases: [], sandboxPayerId: '00700', supportsClaimstreamPay: true };

function payers(answer: (q: string) => PayerLookup) {
  server.use(http.get('*/api/payers', ({ request }) => HttpResponse.json(answer(new URL(request.url).searchParams.get('q') ?? ''))));
}

test('an ambiguous name must be resolved by choosing one insurer, which is then sent by id', async () => {
  payers((q) => (q.toLowerCase().startsWith('blue') ? { status: 'ambiguous', payers: [anthem, bcbs] } : { status: 'all', payers: [] }));
  let sent: PolicyRequest | null = null;
  server.use(
    http.put('*/api/clients/c1/insurance', async ({ request }) => {
      sent = (await request.json()) as PolicyRequest;
      return HttpResponse.json({ reimbursementAccount: { onFile: false } });
    }),
  );
  renderApp(<PolicyForm scope={{ portal: false, clientId: 'c1' }} clientDateOfBirth="1990-04-02" />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Insurer'), 'Blue Cross');
  expect(await screen.findByText('Several insurers match this name: choose one below.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Add insurance' })).toBeDisabled();

  await user.click(screen.getByRole('button', { name: 'Blue Cross Blue Shield' }));
  await user.type(screen.getByLabelText('Member ID'), 'XYZ 123');
  await user.click(screen.getByRole('button', { name: 'Add insurance' }));

  expect(await screen.findByText(/The insurance was saved/)).toBeInTheDocument();
  expect(sent).toMatchObject({ payerId: 'bcbs', memberId: 'XYZ123', relationship: 'self', clientDateOfBirth: '1990-04-02' });
});

test('Medicare is explained and cannot be saved', async () => {
  payers(() => ({ status: 'refused', payers: [], program: 'Medicare', explanation: 'Medicare is not supported for claims. The client stays Self-Pay.' }));
  renderApp(<PolicyForm scope={{ portal: true, clientId: 'c1' }} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Insurer'), 'Medicare');
  expect(await screen.findByText('Medicare is not supported for claims. The client stays Self-Pay.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Add insurance' })).toBeDisabled();
});

test('an unknown insurer is accepted with a needs-review badge, and server field errors land on their fields', async () => {
  payers(() => ({ status: 'unknown', payers: [] }));
  server.use(
    http.put('*/api/portal/connections/c1/insurance', () =>
      HttpResponse.json(
        { type: '/problems/validation-failed', title: 'Invalid', status: 400, errors: [{ field: 'memberId', message: 'Enter the member id from the card: 2 to 30 letters or digits' }] },
        { status: 400 },
      ),
    ),
  );
  renderApp(<PolicyForm scope={{ portal: true, clientId: 'c1' }} clientDateOfBirth="1990-04-02" />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Insurer'), 'Acme Mutual');
  expect(await screen.findByText('Needs review')).toBeInTheDocument();
  await user.type(screen.getByLabelText('Member ID'), 'AB12');
  await user.click(screen.getByRole('button', { name: 'Add insurance' }));
  expect(await screen.findByText('Enter the member id from the card: 2 to 30 letters or digits')).toBeInTheDocument();
});
