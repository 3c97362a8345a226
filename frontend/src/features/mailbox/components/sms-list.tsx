import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { useSandboxTexts } from '../api/get-sms';

/** The SMS sandbox beside the mail: each text in full (they are short). */
export function SmsList() {
  const texts = useSandboxTexts();
  if (texts.isPending) return <Spinner label="Loading text messages…" />;
  if (texts.isError) return <Alert title="The text messages could not be loaded">{problemMessage(texts.error)}</Alert>;
  if (texts.data.length === 0)
    return <EmptyState title="No text messages sent yet">Texts appear here for clients who chose them and consented.</EmptyState>;
  return (
    <ul className="mail-list" aria-label="Text messages">
      {texts.data.map((text) => (
        <li key={text.id} className="sms-item">
          <span className="mail-subject">{text.body ?? '(body not kept)'}</span>
          <span className="mail-meta">
            <span>To {text.to}</span>
            <span>
              <time dateTime={text.createdAt}>{formatDate(text.createdAt, 'dateTime')}</time> · {text.status}
              {text.error ? ` · ${text.error}` : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
