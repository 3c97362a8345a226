import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { formatDate } from '@/lib/format-date';
import type { Mail } from '@/types/api';
import { useMailbox } from '../api/get-mailbox';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses as links that open in this tab (the HTML part is never rendered). */
export function linkify(text: string): ReactNode[] {
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

function MailBody({ mail }: { mail: Mail }) {
  return (
    <article className="card" aria-label={mail.subject}>
      <header className="card-header">
        <div>
          <h2 className="card-title">{mail.subject}</h2>
          <p className="connection-meta">
            To {mail.to} · <time dateTime={mail.createdAt}>{formatDate(mail.createdAt, 'dateTime')}</time> · {mail.status}
          </p>
        </div>
      </header>
      <div className="card-body">
        <p className="mail-text">{linkify(mail.text)}</p>
      </div>
    </article>
  );
}

export function MailView({ mailId }: { mailId: string }) {
  const mailbox = useMailbox();
  if (mailbox.isPending) return null;
  const mail = mailbox.data?.find((candidate) => candidate.id === mailId);
  if (!mail) return <Alert tone="info">This mail is no longer in the mailbox.</Alert>;
  return <MailBody mail={mail} />;
}
