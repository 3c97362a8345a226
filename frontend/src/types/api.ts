/** Wire types of docs/api.md, shared by the features. Timestamps are ISO-8601 UTC strings; ids are UUIDs. */

export type Role = 'PRACTICE_ADMIN' | 'CLINICIAN' | 'STAFF' | 'CLIENT';

export type Session = {
  account: { id: string; email: string; name: string; role: Role };
  practice: { id: string; name: string } | null;
};

export type Portal = 'practice' | 'client';

export type FieldError = { field: string; message: string };

/** RFC 9457 body; `type` is `/problems/<slug>`. Extra members (e.g. `existingClientId`) stay on the object. */
export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
};

export type ClientStatus = 'invited' | 'connected' | 'declined' | 'expired' | 'archived' | 'removed';

export type InvitationStatus = 'sent' | 'accepted' | 'declined' | 'expired' | 'revoked';

export type SexAtBirth = 'female' | 'male' | 'intersex' | 'unknown';

export type PersonRef = { id: string; name: string };

export type Address = { line1?: string; line2?: string; city?: string; state?: string; postalCode?: string };

export type EmergencyContact = { name?: string; phone?: string; relationship?: string };

export type NewClient = {
  firstName: string;
  lastName: string;
  email: string;
  preferredName?: string;
  pronouns?: string;
  dateOfBirth?: string;
  sexAtBirth?: SexAtBirth;
  mobilePhone?: string;
  smsConsent?: boolean;
  emailConsent?: boolean;
  preferredLanguage?: string;
  timezone?: string;
  address?: Address;
  emergencyContact?: EmergencyContact;
  alertNote?: string;
  clinicianId?: string;
};

export type Invitation = { id: string; status: InvitationStatus; sentAt: string; expiresAt: string };

export type Client = Omit<NewClient, 'clinicianId'> & {
  id: string;
  status: ClientStatus;
  clinicianId?: string | null;
  clinician: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  invitation: Invitation | null;
};

export type ClientSummary = {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  email: string;
  status: ClientStatus;
  clinician: PersonRef | null;
  paymentMethod: null;
  paymentType: 'self_pay';
  lastActivityAt: string | null;
};

export type Page<T> = { items: T[]; page: number; size: number; totalItems: number; totalPages: number };

export type ClientSort = 'name' | '-name' | 'lastActivity' | '-lastActivity' | 'created' | '-created';

export type Member = { id: string; name: string; role: Role };

export type EventKind =
  | 'client.added'
  | 'client.updated'
  | 'client.removed'
  | 'invitation.sent'
  | 'invitation.accepted'
  | 'invitation.declined'
  | 'invitation.expired'
  | 'invitation.revoked';

export type ActivityEntry = { id: string; kind: EventKind | string; occurredAt: string; data: Record<string, unknown> };

export type InvitationLookup = {
  practiceName: string;
  clinicianName: string;
  clientFirstName: string;
  email: string;
  accountExists: boolean;
};

export type Connection = {
  clientId: string;
  practiceName: string;
  clinicianName: string;
  status: ClientStatus;
  connectedAt: string | null;
};

export type Mail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: string;
  status: string;
};

export type PostalAddress = { line1?: string; line2?: string; city?: string; state?: string; postalCode?: string };

/** `GET/PUT /api/practice/profile`; absent fields are not filled in yet. */
export type PracticeProfile = { legalName?: string; taxId?: string; groupNpi?: string; address?: PostalAddress; phone?: string };

/** `GET /api/practice/members/{id}/profile`, `PUT /api/practice/clinician-profile`. */
export type ClinicianProfile = { name: string; credentials?: string; npi?: string; licenseState?: string };

export type MissingItem = { field: string; label: string; profile: 'practice' | 'clinician' };

/** `GET /api/practice/readiness`: what keeps the signed-in member from generating claims. */
export type ClaimReadiness = { ready: boolean; missing: MissingItem[] };

/** What an access did to protected health information (create, read, update, delete, export). */
export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E';
/** One audit row: ids, route patterns and filter names only (never PHI). */
export type AuditEntry = {
  id: number;
  occurredAt: string;
  event: string;
  action?: AuditAction;
  resource?: string;
  actorId?: string;
  actorRole?: Role;
  clientIds: string[];
  queryFilters?: string;
  outcome: 'allowed' | 'denied';
  status: number;
  method?: string;
  route?: string;
  ip?: string;
  userAgent?: string;
  requestId?: string;
};
export type AuditPage = { items: AuditEntry[]; page: number; size: number; totalItems: number; totalPages: number };
