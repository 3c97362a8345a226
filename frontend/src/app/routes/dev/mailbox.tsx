import { Link, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { DemoAuthenticator } from '@/features/mailbox/components/demo-authenticator';
import { MailList } from '@/features/mailbox/components/mail-list';
import { MailView } from '@/features/mailbox/components/mail-view';
import { SmsList } from '@/features/mailbox/components/sms-list';

/** Development only: the mail Claimstream would have sent, so invitations can be opened without SMTP. */
export function MailboxRoute() {
  const [params] = useSearchParams();
  const mailId = params.get('mail');
  return (
    <div className="shell">
      <p className="dev-banner">Development mailbox — mail is kept here because no mail server is configured.</p>
      <main className="main" id="main">
        <div className="page-header">
          <h1 className="page-title">Mailbox</h1>
        </div>
        <DemoAuthenticator />
        <div className={mailId ? 'mailbox mailbox-open' : 'mailbox'}>
          <section className="card mailbox-list" aria-label="Sent mail">
            <MailList selectedId={mailId} />
          </section>
          <div className="mailbox-detail">
            {mailId ? (
              <>
                <Link className="back-link mailbox-back" to={paths.dev.mailbox.getHref()}>
                  ← All mail
                </Link>
                <MailView mailId={mailId} />
              </>
            ) : (
              <p className="muted mailbox-hint">Choose a mail to read it.</p>
            )}
          </div>
        </div>
        <section className="card mailbox-sms" aria-label="Text messages">
          <h2 className="card-title sms-title">Text messages (SMS sandbox)</h2>
          <SmsList />
        </section>
      </main>
    </div>
  );
}
