create table client (
	client_id uuid primary key,
	practice_id uuid not null references practice,
	first_name text not null,
	last_name text not null,
	email text not null check (email = lower(email)),
	preferred_name text,
	pronouns text,
	date_of_birth date,
	sex_at_birth text check (sex_at_birth in ('female', 'male', 'intersex', 'unknown')),
	mobile_phone text,
	sms_consent boolean not null default false,
	email_consent boolean not null default true,
	preferred_language text,
	timezone text,
	address jsonb,
	emergency_contact jsonb,
	alert_note text,
	clinician_account_id uuid references account,
	client_account_id uuid references account,
	status text not null check (status in ('invited', 'connected', 'declined', 'expired', 'archived', 'removed')),
	created_at timestamptz not null,
	updated_at timestamptz not null,
	last_activity_at timestamptz not null
);

-- An email is one client of a practice while that client is not removed.
create unique index client_email on client (practice_id, email) where status <> 'removed';
create index client_practice_name on client (practice_id, last_name, first_name);
create index client_account on client (client_account_id) where client_account_id is not null;

create table invitation (
	invitation_id uuid primary key,
	practice_id uuid not null references practice,
	client_id uuid not null references client,
	token_hash bytea not null unique,
	email text not null,
	client_first_name text not null,
	practice_name text not null,
	clinician_name text,
	status text not null check (status in ('sent', 'accepted', 'declined', 'expired', 'revoked')),
	sent_at timestamptz not null,
	expires_at timestamptz not null,
	ended_at timestamptz
);

create index invitation_client on invitation (client_id, sent_at desc);
create index invitation_open on invitation (expires_at) where status = 'sent';

-- Mail queued in the transaction of the change it announces, then delivered with retries.
-- Once delivered over SMTP its body is erased: a link's token never stays at rest.
create table outgoing_mail (
	mail_id uuid primary key,
	recipient text not null,
	subject text not null,
	text_body text,
	html_body text,
	status text not null check (status in ('pending', 'sent', 'dev_mailbox', 'failed')),
	attempts int not null default 0,
	next_attempt_at timestamptz not null,
	created_at timestamptz not null,
	sent_at timestamptz,
	last_error text
);

create index outgoing_mail_due on outgoing_mail (next_attempt_at) where status = 'pending';
