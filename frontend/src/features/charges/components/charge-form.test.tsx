import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { problemResponse, server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import type { Charge } from '../api/charges';
import { PaymentsPanel } from './payments-panel';

const succeeded: Charge = {
  id: 'ch1',
  clientId: 'c1',
  clinicianId: 'm1',
  paymentMethod: { id: 'pm1', brand: 'visa', last4: '4242' },
  paymentType: 'self_pay',
  chargeType: 'session',
  dateOfService: '2026-12-01',
  lines: [{ cpt: '90834', units: 1 }],
  placeOfService: '11',
  diagnoses: [],
  amountCents: 17_500,
  clientChargeCents: 17_500,
  processingFeeCents: 525,
  clinicianNetCents: 16_975,
  status: 'succeeded',
  createdAt: '2026-12-01T10:00:00Z',
};

function stubForm(charges: Charge[], keys: string[]) {
  server.use(
    http.get('*/api/clients/c1/charges', () => HttpResponse.json(charges)),
    http.get('*/api/clients/c1/charging-profile', () =>
      HttpResponse.json({ amountCents: 17_500, cpt: '90834', placeOfService: '11', durationMinutes: 45, clinicianId: 'm1' }),
    ),
    http.get('*/api/clients/c1/payment-methods', () =>
      HttpResponse.json([{ id: 'pm1', brand: 'visa', last4: '4242', expMonth: 4, expYear: 2031, funding: 'credit', isDefault: true, createdAt: '2026-11-01T10:00:00Z' }]),
    ),
    http.get('*/api/clients/c1/payment-types', () =>
      HttpResponse.json({
        current: 'self_pay',
        options: [
          { type: 'self_pay', eligible: true, reasons: [] },
          { type: 'oon_pay', eligible: false, reasons: [{ code: 'no_insurance', message: "Add the client's insurance first" }] },
          { type: 'claimstream_pay', eligible: false, reasons: [{ code: 'no_paid_claim', message: 'An earlier claim must be approved' }] },
          { type: 'superbill', eligible: false, reasons: [] },
        ],
      }),
    ),
    http.get('*/api/practice/members', () => HttpResponse.json([{ id: 'm1', name: 'Dr. Ada Lovelace', role: 'CLINICIAN' }])),
    http.get('*/api/clients/c1/diagnoses', () => HttpResponse.json({ diagnoses: [], history: [] })),
    http.get('*/api/clients/c1/charge-price', ({ request }) => {
      const fee = Number(new URL(request.url).searchParams.get('amountCents'));
      const processing = Math.round(fee * 0.03);
      return HttpResponse.json({ feeCents: fee, clientChargeCents: fee, processingFeeCents: processing, clinicianNetCents: fee - processing, platformFeeCents: 0, advanceCents: 0 });
    }),
    http.post('*/api/clients/c1/charges', ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      return keys.length === 1 ? problemResponse('service-unavailable', 503, { detail: 'Claimstream is briefly unavailable; try again' }) : HttpResponse.json(succeeded, { status: 201 });
    }),
  );
}

test('the form is pre-filled, shows the exact amounts, offers only eligible types and resends a retried charge with its key', async () => {
  const keys: string[] = [];
  stubForm([], keys);
  const user = userEvent.setup();
  renderApp(<PaymentsPanel scope={{ clientId: 'c1', portal: false }} canCharge />);
  await user.click(await screen.findByRole('button', { name: 'New charge' }));
  const form = await screen.findByRole('form', { name: 'New charge' });
  expect(within(form).getByLabelText('Amount (session fee, $)')).toHaveValue('175.00');
  expect(within(form).getByLabelText('CPT')).toHaveValue('90834');
  expect(await within(form).findByText('$169.75')).toBeInTheDocument();
  const oon = within(form).getByRole('option', { name: /OON Pay — Add the client's insurance first/ });
  expect(oon).toBeDisabled();
  expect(within(form).queryByRole('option', { name: /Superbill/ })).toBeNull();

  await user.click(within(form).getByRole('button', { name: 'Charge $175.00' }));
  expect(await within(form).findByText('Claimstream is briefly unavailable; try again')).toBeInTheDocument();
  await user.click(within(form).getByRole('button', { name: 'Charge $175.00' }));
  await screen.findByRole('button', { name: 'New charge' });
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
});

test('a failed payment shows its decline reason and an insured one its filed claim', async () => {
  stubForm(
    [
      { ...succeeded, id: 'ch2', status: 'failed', declineReason: 'insufficient_funds', declineMessage: 'The card was declined for insufficient funds' },
      { ...succeeded, id: 'ch3', paymentType: 'oon_pay', claim: 'opened' },
    ],
    [],
  );
  renderApp(<PaymentsPanel scope={{ clientId: 'c1', portal: false }} />);
  expect(await screen.findByText('The card was declined for insufficient funds')).toBeInTheDocument();
  expect(screen.getByText('Failed')).toBeInTheDocument();
  expect(screen.getByText('Claim filed: follow it under Claims')).toBeInTheDocument();
});
