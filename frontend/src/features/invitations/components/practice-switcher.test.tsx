import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { problemResponse, server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import type { Connection } from '@/types/api';
import { PracticeSummary } from './practice-summary';
import { PracticeSwitcher } from './practice-switcher';
import { useSelectedConnection } from '../hooks/use-selected-connection';

const calm: Connection = {
  clientId: 'c-calm',
  practiceName: 'Calm Waters Therapy',
  clinicianName: 'Dr. Maya Rivera',
  status: 'connected',
  connectedAt: '2026-11-01T10:00:00Z',
  actingFor: null,
};
const lakeside: Connection = { ...calm, clientId: 'c-lake', practiceName: 'Lakeside Counseling', clinicianName: 'Dr. Omar Haddad' };
const sam: Connection = { ...calm, clientId: 'c-sam', practiceName: 'Bright Kids Clinic', clinicianName: null, actingFor: 'Sam' };

/** The switcher and the page under it, as the portal layout composes them. */
function Portal() {
  const { selected } = useSelectedConnection();
  return (
    <>
      <PracticeSwitcher />
      {selected ? <PracticeSummary key={selected.clientId} clientId={selected.clientId} /> : null}
    </>
  );
}

function serve(connections: Connection[]) {
  const read: string[] = [];
  server.use(
    http.get('*/api/portal/connections', () => HttpResponse.json(connections)),
    http.get('*/api/portal/connections/:id', ({ params }) => {
      read.push(String(params.id));
      const found = connections.find((connection) => connection.clientId === params.id);
      return found ? HttpResponse.json(found) : problemResponse('not-found', 404);
    }),
  );
  return read;
}

beforeEach(() => window.localStorage.clear());

test('switching practice reads the other practice through its own record and is remembered', async () => {
  const read = serve([calm, lakeside]);
  const first = renderApp(<Portal />);
  const user = userEvent.setup();

  expect(await screen.findByRole('heading', { name: 'Calm Waters Therapy' })).toBeInTheDocument();
  expect(screen.getByText('Dr. Maya Rivera')).toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('Practice'), 'Lakeside Counseling');

  expect(await screen.findByRole('heading', { name: 'Lakeside Counseling' })).toBeInTheDocument();
  expect(screen.getByText('Dr. Omar Haddad')).toBeInTheDocument();
  expect(read).toEqual(['c-calm', 'c-lake']);

  first.unmount();
  renderApp(<Portal />);
  expect(await screen.findByRole('heading', { name: 'Lakeside Counseling' })).toBeInTheDocument();
});

test('a remembered practice that was removed falls back to the first one left', async () => {
  window.localStorage.setItem('claimstream.portal.practice', 'c-removed');
  serve([lakeside]);
  renderApp(<Portal />);

  expect(await screen.findByRole('heading', { name: 'Lakeside Counseling' })).toBeInTheDocument();
  // one practice: named, nothing to switch
  expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  expect(screen.getByText('Lakeside Counseling', { selector: 'output' })).toBeInTheDocument();
});

test('a guardian sees whom they act for', async () => {
  serve([sam, calm]);
  renderApp(<Portal />);

  expect(await screen.findByText('Acting for Sam')).toBeInTheDocument();
  expect(screen.getByRole('option', { name: 'Sam · Bright Kids Clinic' })).toBeInTheDocument();
  expect(screen.getByText('Not assigned yet')).toBeInTheDocument();
});

test('a practice that is no longer readable says so', async () => {
  server.use(http.get('*/api/portal/connections/:id', () => problemResponse('not-found', 404)));
  renderApp(<PracticeSummary clientId="c-gone" />);
  expect(await screen.findByText('You no longer have access to this practice.')).toBeInTheDocument();
});
