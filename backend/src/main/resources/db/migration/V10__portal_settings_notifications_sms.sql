-- Portal settings (PRODUCT 5): a practice-wide value per toggle, and per-client overrides.
-- A missing practice row means the toggle's built-in default; a missing client row means "inherit".
create table practice_portal_setting (
	practice_id uuid not null references practice,
	toggle text not null,
	enabled boolean not null,
	updated_at timestamptz not null,
	primary key (practice_id, toggle)
);

create table client_portal_setting (
	practice_id uuid not null references practice,
	client_id uuid not null,
	toggle text not null,
	enabled boolean not null,
	updated_at timestamptz not null,
	primary key (practice_id, client_id, toggle)
);

-- A client account's choice per notification event and channel; a missing row means the default.
create table notification_preference (
	account_id uuid not null references account,
	event text not null,
	channel text not null check (channel in ('email', 'sms')),
	enabled boolean not null,
	updated_at timestamptz not null,
	primary key (account_id, event, channel)
);

-- Text messages queued in the transaction of the change they announce, like outgoing_mail.
create table outgoing_sms (
	sms_id uuid primary key,
	recipient text not null,
	body text,
	status text not null check (status in ('pending', 'sent', 'failed')),
	attempts int not null default 0,
	next_attempt_at timestamptz not null,
	created_at timestamptz not null,
	sent_at timestamptz,
	provider_id text,
	last_error text
);

create index outgoing_sms_due on outgoing_sms (next_attempt_at) where status = 'pending';
