export function MailboxRoute() {
  return <p className="page-note">Coming in the next step.</p>;
}

export function MailRoute() {
  return null;
}
