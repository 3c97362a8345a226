import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import type { AuditAction, AuditEntry } from '@/types/api';
import { auditExportHref, useAuditLog, type AuditFilter } from '../api/get-audit-log';
import { actionLabels, describeEntry } from './audit-labels';

type Person = { id: string; name: string };

type AuditLogProps = {
  filter: AuditFilter;
  page: number;
  onChange: (changes: Partial<Record<keyof AuditFilter | 'page', string>>) => void;
  /** Practice members, to name actors and filter by them. */
  members: Person[];
  clientHref: (clientId: string) => string;
};

function AuditRow({ entry, actorName, clientHref }: { entry: AuditEntry; actorName: string; clientHref: (id: string) => string }) {
  return (
    <tr>
      <td className="cell-primary" data-label="When">
        <span className="client-name">{describeEntry(entry)}</span>
        <span className="client-email">{formatDate(entry.occurredAt, 'dateTime')}</span>
      </td>
      <td data-label="Who">{actorName}</td>
      <td data-label="Client">
        {entry.clientIds.length === 0 ? (
          <span className="muted">{entry.queryFilters ? `List (${entry.queryFilters || 'no filters'})` : '—'}</span>
        ) : (
          entry.clientIds.map((id) => (
            <Link key={id} to={clientHref(id)} className="audit-client">
              {id.slice(0, 8)}
            </Link>
          ))
        )}
      </td>
      <td data-label="Outcome">
        <span className={`badge ${entry.outcome === 'allowed' ? 'badge-success' : 'badge-danger'}`}>
          {entry.outcome === 'allowed' ? 'Allowed' : 'Denied'} · {entry.status}
        </span>
      </td>
      <td data-label="From">
        <span title={entry.userAgent}>{entry.ip ?? '—'}</span>
      </td>
    </tr>
  );
}

/** The practice's audit log for administrators: filters, a table (cards on a phone), pages and the CSV export. */
export function AuditLog({ filter, page, onChange, members, clientHref }: AuditLogProps) {
  const log = useAuditLog(filter, page);
  const names = new Map(members.map((member) => [member.id, member.name]));
  const data = log.data;
  const actorName = (entry: AuditEntry) =>
    entry.actorId ? (names.get(entry.actorId) ?? (entry.actorRole === 'CLIENT' ? 'The client' : 'Former member')) : 'Unknown (not signed in)';

  return (
    <section className="card" aria-label="Audit log">
      <div className="toolbar audit-toolbar" role="search">
        <SelectField label="Who" value={filter.actorId ?? ''} onChange={(event) => onChange({ actorId: event.target.value })}>
          <option value="">Anyone</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Action" value={filter.action ?? ''} onChange={(event) => onChange({ action: event.target.value })}>
          <option value="">Any action</option>
          {(Object.keys(actionLabels) as AuditAction[]).map((action) => (
            <option key={action} value={action}>
              {actionLabels[action]}
            </option>
          ))}
        </SelectField>
        <TextField label="From" type="date" value={filter.from ?? ''} onChange={(event) => onChange({ from: event.target.value })} />
        <TextField label="To" type="date" value={filter.to ?? ''} onChange={(event) => onChange({ to: event.target.value })} />
        <a className="btn btn-secondary audit-export" href={auditExportHref(filter)} download>
          Export CSV
        </a>
      </div>
      {log.isPending ? (
        <div className="card-body">
          <Spinner label="Loading the audit log" />
        </div>
      ) : log.isError ? (
        <div className="card-body">
          <Alert title="The audit log could not be loaded">{problemMessage(log.error)}</Alert>
        </div>
      ) : data && data.items.length === 0 ? (
        <EmptyState title="No entries">Nothing was recorded for these filters.</EmptyState>
      ) : data ? (
        <div className={log.isFetching ? 'is-fetching' : undefined}>
          <table className="table">
            <caption className="visually-hidden">Audit log, {data.totalItems} entries</caption>
            <thead>
              <tr>
                <th scope="col">What and when</th>
                <th scope="col">Who</th>
                <th scope="col">Client</th>
                <th scope="col">Outcome</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((entry) => (
                <AuditRow key={entry.id} entry={entry} actorName={actorName(entry)} clientHref={clientHref} />
              ))}
            </tbody>
          </table>
          <footer className="list-footer">
            <span>
              {data.totalItems} {data.totalItems === 1 ? 'entry' : 'entries'} · page {data.page + 1} of {Math.max(1, data.totalPages)}
            </span>
            <nav className="button-row" aria-label="Pages">
              <Button variant="secondary" disabled={page === 0} onClick={() => onChange({ page: String(page - 1) })}>
                Previous
              </Button>
              <Button variant="secondary" disabled={page + 1 >= data.totalPages} onClick={() => onChange({ page: String(page + 1) })}>
                Next
              </Button>
            </nav>
          </footer>
        </div>
      ) : null}
    </section>
  );
}
