import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import type { BenefitCheck, BenefitsSummary, PaymentTypes } from '../api/benefits';
import { BenefitsPanel } from './benefits-panel';

const check: BenefitCheck = {
  id: 'b1', clientId: 'c1', status: 'complete', source: 'benefit_check', payer: { id: 'aetna', name: 'Aetna' },
  activeCoverage: true, oonBenefits: 'yes', deductible: { totalCents: 150000, metCents: 25000, remainingCents: 125000 },
  coinsurancePercent: 30, outOfPocketMax: null, allowedAmounts: [{ cpt: '90837', allowedCents: 15000 }], missingFields: [],
  rejection: null, carvedOutTo: null, unverifiableReason: null, needsManualVerification: false,
  createdAt: '2026-12-04T10:00:00Z', completedAt: '2026-12-04T10:00:02Z', manualRequestedAt: null, verifiedAt: null,
};

const estimated: BenefitsSummary = {
  clientId: 'c1', cpt: '90837', state: 'estimated', check,
  deductible: {
    total: { cents: 150000, source: 'benefit_check', estimate: true },
    met: { cents: 25000, source: 'benefit_check', estimate: true },
    remaining: { cents: 125000, source: 'benefit_check', estimate: true },
  },
  coinsurance: { percent: 30, source: 'benefit_check', estimate: true },
  allowedAmount: { cents: 15000, source: 'benefit_check', estimate: true },
  sessionFee: { cents: 15000, source: 'allowed_amount' },
  estimate: {
    deductibleApplied: { cents: 15000, source: 'benefit_check', estimate: true },
    reimbursement: { cents: 0, source: 'benefit_check', estimate: true },
    oonPayFee: { cents: 0, source: 'benefit_check', estimate: true },
    clientReceives: { cents: 0, source: 'benefit_check', estimate: true },
    oonPayClientCost: { cents: 15000, source: 'benefit_check', estimate: true },
    claimstreamPayCharge: { cents: 15750, source: 'benefit_check', estimate: true },
  },
};

const selfPayOnly: PaymentTypes = {
  current: 'self_pay',
  options: [
    { type: 'self_pay', eligible: true, reasons: [] },
    { type: 'oon_pay', eligible: false, reasons: [{ code: 'no_diagnosis', message: 'Add a diagnosis for the client' }] },
    { type: 'claimstream_pay', eligible: false, reasons: [{ code: 'deductible_not_met', message: 'The out-of-network deductible is not met yet' }] },
    { type: 'superbill', eligible: false, reasons: [{ code: 'client_only', message: 'Only the client can choose superbill upload, in the portal' }] },
  ],
};

function answer(summary: BenefitsSummary, types: PaymentTypes = selfPayOnly) {
  server.use(
    http.get('*/api/clients/c1/benefits', () => HttpResponse.json(summary)),
    http.get('*/api/clients/c1/payment-types', () => HttpResponse.json(types)),
  );
}

test('every figure of the summary is labelled as an estimate with its source, with deductible progress', async () => {
  answer(estimated);
  renderApp(<BenefitsPanel clientId="c1" isAdmin={false} />);

  expect(await screen.findByText('$250.00 of $1,500.00 met')).toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: 'Deductible met' })).toHaveAttribute('aria-valuenow', '17');
  const reimbursement = screen.getByText('Expected reimbursement per session').closest('div')!;
  expect(within(reimbursement).getByText('$0.00')).toBeInTheDocument();
  expect(within(reimbursement).getByText('Estimate · from benefit check')).toBeInTheDocument();
  expect(screen.getAllByText('Estimate · from benefit check')).toHaveLength(5);
  expect(screen.getByText('Checked')).toBeInTheDocument();
});

test('a failed check reads as "needs manual verification", never "no coverage", and can be sent for verification', async () => {
  const failed: BenefitCheck = { ...check, status: 'failed', oonBenefits: 'unknown', deductible: null, coinsurancePercent: null, allowedAmounts: [], rejection: { code: '42', reason: 'Unable to respond at current time' }, needsManualVerification: true };
  let requested = false;
  answer({ ...estimated, state: 'needs_manual_verification', check: failed, deductible: null, coinsurance: null, allowedAmount: null, sessionFee: null, estimate: null });
  server.use(
    http.post('*/api/clients/c1/benefit-checks/b1/manual-request', () => {
      requested = true;
      return HttpResponse.json({ ...failed, status: 'manual_requested' });
    }),
  );
  renderApp(<BenefitsPanel clientId="c1" isAdmin={false} />);

  expect(await screen.findByText('Needs manual verification')).toBeInTheDocument();
  expect(screen.getByText(/This is not a denial of coverage/)).toBeInTheDocument();
  expect(screen.queryByText(/no out-of-network benefits/i)).not.toBeInTheDocument();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Request manual verification' }));
  await vi.waitFor(() => expect(requested).toBe(true));
});

test('an administrator completes a manual verification in dollars; the API gets cents', async () => {
  const waiting: BenefitCheck = { ...check, status: 'manual_requested', deductible: null, coinsurancePercent: null, allowedAmounts: [], needsManualVerification: true };
  let sent: unknown;
  answer({ ...estimated, state: 'manual_requested', check: waiting, deductible: null, coinsurance: null, allowedAmount: null, sessionFee: null, estimate: null });
  server.use(
    http.post('*/api/clients/c1/benefit-checks/b1/verification', async ({ request }) => {
      sent = await request.json();
      return HttpResponse.json({ ...waiting, status: 'verified' });
    }),
  );
  renderApp(<BenefitsPanel clientId="c1" isAdmin />);
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^Deductible \(individual, OON\)/), '1,000');
  await user.type(screen.getByLabelText(/^Deductible met/), '1000.00');
  await user.type(screen.getByLabelText(/^Coinsurance %/), '20');
  await user.type(screen.getByLabelText(/^Allowed amount, CPT 90837/), '150');
  await user.click(screen.getByRole('button', { name: 'Mark verified' }));

  await vi.waitFor(() =>
    expect(sent).toEqual({
      oonBenefits: 'yes', deductibleTotalCents: 100000, deductibleMetCents: 100000, coinsurancePercent: 20,
      allowedAmounts: [{ cpt: '90837', allowedCents: 15000 }],
    }),
  );
});

test('someone other than an administrator sees no verification form', async () => {
  const waiting: BenefitCheck = { ...check, status: 'manual_requested', needsManualVerification: true };
  answer({ ...estimated, state: 'manual_requested', check: waiting, estimate: null });
  renderApp(<BenefitsPanel clientId="c1" isAdmin={false} />);
  expect(await screen.findByText('Manual verification requested')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Mark verified' })).not.toBeInTheDocument();
});

test('only eligible payment types are offered; the others say why', async () => {
  let chosen: unknown;
  answer(estimated, { ...selfPayOnly, options: selfPayOnly.options.map((o) => (o.type === 'oon_pay' ? { ...o, eligible: true, reasons: [] } : o)) });
  server.use(
    http.put('*/api/clients/c1/payment-type', async ({ request }) => {
      chosen = await request.json();
      return HttpResponse.json({ ...selfPayOnly, current: 'oon_pay' });
    }),
  );
  renderApp(<BenefitsPanel clientId="c1" isAdmin={false} />);
  const user = userEvent.setup();

  const group = await screen.findByRole('group', { name: 'Payment type' });
  expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['self_pay', 'oon_pay']);
  expect(screen.getByText(/The out-of-network deductible is not met yet/)).toBeInTheDocument();
  expect(screen.getByText(/Only the client can choose superbill upload/)).toBeInTheDocument();
  await user.click(within(group).getByLabelText('OON Pay'));
  await user.click(screen.getByRole('button', { name: 'Save payment type' }));
  await vi.waitFor(() => expect(chosen).toEqual({ paymentType: 'oon_pay' }));
});
