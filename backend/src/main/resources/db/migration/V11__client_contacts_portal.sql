-- People a client names (guardians, relatives). One with portal access signs in to the
-- client portal with their own client account and acts for the minor client.
create table client_contact (
	contact_id uuid primary key,
	practice_id uuid not null references practice,
	client_id uuid not null references client,
	name text not null,
	relationship text not null,
	email text not null check (email = lower(email)),
	phone text,
	portal_access boolean not null,
	-- The contact's client account once they accepted their invitation.
	account_id uuid references account,
	created_at timestamptz not null,
	updated_at timestamptz not null
);

create index client_contact_client on client_contact (practice_id, client_id, created_at);
create index client_contact_account on client_contact (account_id) where portal_access;

-- A contact's invitation is an invitation of the client's record, addressed to the contact.
alter table invitation add column contact_id uuid references client_contact;
alter table invitation add column acting_for text;

create index invitation_contact on invitation (contact_id, sent_at desc) where contact_id is not null;

-- Clinicians a client invited to join Claimstream.
create table clinician_invitation (
	clinician_invitation_id uuid primary key,
	account_id uuid not null references account,
	name text not null,
	email text not null,
	message text,
	sent_at timestamptz not null
);

create index clinician_invitation_account on clinician_invitation (account_id, sent_at desc);
