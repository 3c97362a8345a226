import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import type { Connection } from '@/types/api';
import { PortalInsuranceRoute } from './insurance';

const connection: Connection = {
  clientId: 'c1',
  practiceName: 'Lakeside Therapy',
  clinicianName: 'Dr. Rivera',
  status: 'connected',
  connectedAt: '2026-12-01T10:00:00Z',
  actingFor: null,
  dateOfBirth: '1990-04-02',
};

function portal(connected: Connection) {
  server.use(
    http.get('*/api/portal/connections', () => HttpResponse.json([connected])),
    http.get('*/api/portal/portal-settings', () =>
      HttpResponse.json([{ clientId: 'c1', practiceName: 'Lakeside Therapy', settings: { showInsurance: true, editInsurance: true } }]),
    ),
    http.get('*/api/payers', () => HttpResponse.json({ status: 'all', payers: [] })),
    http.get('*/api/portal/connections/c1/insurance', () => HttpResponse.json({ reimbursementAccount: { onFile: false } })),
  );
}

test('a client adding insurance in the portal starts from the date of birth the practice has on file', async () => {
  portal(connection);
  renderApp(<PortalInsuranceRoute />);
  expect(await screen.findByLabelText('Client date of birth')).toHaveValue('1990-04-02');
});

test('without a date of birth on file the field starts empty', async () => {
  portal({ ...connection, dateOfBirth: undefined });
  renderApp(<PortalInsuranceRoute />);
  expect(await screen.findByLabelText('Client date of birth')).toHaveValue('');
});
