create table practice (
	practice_id uuid primary key,
	name text not null,
	created_at timestamptz not null
);

-- One account signs in to one portal: a person who is both clinician and client has two accounts.
create table account (
	account_id uuid primary key,
	portal text not null check (portal in ('practice', 'client')),
	email text not null check (email = lower(email)),
	name text not null,
	password_hash text not null,
	role text not null check (role in ('PRACTICE_ADMIN', 'CLINICIAN', 'STAFF', 'CLIENT')),
	practice_id uuid references practice,
	created_at timestamptz not null,
	unique (portal, email),
	check ((role = 'CLIENT') = (portal = 'client')),
	check ((practice_id is null) = (role = 'CLIENT'))
);

create index account_practice on account (practice_id);

-- Server-side sessions; the browser holds only the token, the database only its SHA-256.
create table session (
	session_id uuid primary key,
	token_hash bytea not null unique,
	account_id uuid not null references account,
	created_at timestamptz not null,
	last_seen_at timestamptz not null,
	ended_at timestamptz,
	ip text,
	user_agent text
);

create index session_account on session (account_id) where ended_at is null;

-- Failed attempts (sign-ins per account and per address, invitation tokens per address), counted over a sliding window.
create table failed_attempt (
	scope text not null,
	key text not null,
	failed_at timestamptz not null
);

create index failed_attempt_lookup on failed_attempt (scope, key, failed_at);
