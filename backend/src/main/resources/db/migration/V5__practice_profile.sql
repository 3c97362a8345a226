-- The practice profile (PRODUCT 2): what claims need about the billing practice.
alter table practice
	add column legal_name text,
	add column tax_id text check (tax_id ~ '^[0-9]{9}$'),
	add column group_npi text check (group_npi ~ '^[0-9]{10}$'),
	add column address_line1 text,
	add column address_line2 text,
	add column address_city text,
	add column address_state text check (address_state ~ '^[A-Z]{2}$'),
	add column address_postal_code text,
	add column phone text,
	add column profile_updated_at timestamptz;

-- A practice member's own clinician profile: what claims need about the rendering provider.
create table clinician_profile (
	account_id uuid primary key references account,
	practice_id uuid not null references practice,
	name text not null,
	credentials text,
	npi text check (npi ~ '^[0-9]{10}$'),
	license_state text check (license_state ~ '^[A-Z]{2}$'),
	updated_at timestamptz not null
);

create index clinician_profile_practice on clinician_profile (practice_id);
