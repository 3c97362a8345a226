import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { useMailbox } from '../api/get-mailbox';

/** Sent mail, newest first; refreshes every few seconds and when the tab regains focus. */
export function MailList({ selectedId }: { selectedId: string | null }) {
  const mailbox = useMailbox();
  if (mailbox.isPending) return <Spinner label="Loading mail…" />;
  if (mailbox.isError) return <Alert title="The mailbox could not be loaded">{problemMessage(mailbox.error)}</Alert>;
  if (mailbox.data.length === 0) return <EmptyState title="No mail sent yet">Invitations appear here when a client is added.</EmptyState>;
  return (
    <ul className="mail-list" aria-label="Sent mail">
      {mailbox.data.map((mail) => (
        <li key={mail.id}>
          <Link className="mail-link" to={paths.dev.mail.getHref(mail.id)} aria-current={mail.id === selectedId ? 'page' : undefined}>
            <span className="mail-subject">{mail.subject}</span>
            <span className="mail-meta">
              <span>To {mail.to}</span>
              <span>
                <time dateTime={mail.createdAt}>{formatDate(mail.createdAt, 'dateTime')}</time> · {mail.status}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
