-- Practice sign-up confirmed by email (AUTH-03: a sign-up with a taken email answers like any other). The email
-- holds the token, the database only its SHA-256; the password is kept as its argon2 hash until the link is
-- used or replaced, then forgotten. Expiry is read from expires_at.
create table practice_signup (
	practice_signup_id uuid primary key,
	email text not null check (email = lower(email)),
	practice_name text not null,
	your_name text not null,
	password_hash text,
	token_hash bytea not null unique,
	status text not null check (status in ('open', 'used', 'revoked')),
	created_at timestamptz not null,
	expires_at timestamptz not null,
	ended_at timestamptz
);

create index practice_signup_open on practice_signup (email) where status = 'open';

-- A removed contact stays for the history (their invitations point at it) but is no longer listed and never acts
-- for the client.
alter table client_contact add column removed_at timestamptz;
