/** Wire types of docs/api.md, shared by the features. Timestamps are ISO-8601 UTC strings; ids are UUIDs. */

export type Role = 'PRACTICE_ADMIN' | 'CLINICIAN' | 'STAFF' | 'CLIENT';

/** Where the session stands with two-factor: the code screen, the enrolment screen, or the app. */
export type SecondFactor = 'pending' | 'verified' | 'enrolment-required' | 'off';

export type Session = {
  account: { id: string; email: string; name: string; role: Role };
  practice: { id: string; name: string } | null;
  secondFactor: SecondFactor;
};

export type TwoFactorStatus = { enabled: boolean; required: boolean; recoveryCodesLeft: number };

export type TwoFactorEnrolment = { secret: string; uri: string };

export type RecoveryCodes = { recoveryCodes: string[] };

export type SignInRecord = { at: string; address: string | null; device: string; current: boolean; live: boolean };

export type SignInHistory = { signIns: SignInRecord[]; failures: { at: string; address: string | null; device: string }[] };

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
  paymentType?: PaymentType;
};

/** PRODUCT §9; which ones a client may have is answered by `GET …/payment-types`. */
export type PaymentType = 'self_pay' | 'oon_pay' | 'claimstream_pay' | 'superbill';

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
  /** The client's default card. */
  paymentMethod: PaymentMethodSummary | null;
  paymentType: PaymentType;
  lastActivityAt: string | null;
  /** The signed-in member's own pin. */
  pinned: boolean;
};

/** `GET /api/clients/counts`: every status with its count among the clients the member sees. */
export type ClientCounts = Record<ClientStatus, number>;

export type Page<T> = { items: T[]; page: number; size: number; totalItems: number; totalPages: number };

export type ClientSort = 'name' | '-name' | 'lastActivity' | '-lastActivity' | 'created' | '-created';

export type Member = { id: string; name: string; role: Role };

export type PracticeRole = Exclude<Role, 'CLIENT'>;

/** A row of the team: a member (`active`/`deactivated`, id of the account) or an open invitation (`invited`, id of the invitation). */
export type TeamMember = { id: string; name: string; email: string; role: PracticeRole; status: 'invited' | 'active' | 'deactivated'; expiresAt: string | null };

export type TeamJoinLanding = { practiceName: string; name: string; email: string; role: PracticeRole };

/** The payout account: the account number only by its last four digits. */
export type PayoutAccount = { configured: boolean; routingNumber: string | null; accountLast4: string | null; accountType: 'checking'; updatedAt: string | null };

export type EventKind =
  | 'client.added'
  | 'client.updated'
  | 'client.edited'
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
  /** The client's first name when a contact (guardian) is invited to act for them. */
  actingFor: string | null;
};

export type Connection = {
  clientId: string;
  practiceName: string;
  clinicianName: string | null;
  status: ClientStatus;
  connectedAt: string | null;
  /** The client's first name when the signed-in account is a contact (guardian) acting for them. */
  actingFor: string | null;
  /** The client's date of birth as the practice recorded it (ISO date), which the insurance form starts from. */
  dateOfBirth?: string;
};

/** A client's contact (guardian), as the practice sees it. */
export type Contact = {
  id: string;
  name: string;
  relationship: string;
  email: string;
  phone: string | null;
  portalAccess: boolean;
  portalStatus: 'none' | 'invited' | 'active' | 'expired' | 'declined' | 'revoked';
  invitation: Invitation | null;
  createdAt: string;
};

/** An invitation a client sent to a clinician to join Claimstream. */
export type ClinicianInvitation = { id: string; name: string; email: string; sentAt: string };

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

/** An insurer of the catalog (PRODUCT §6). */
export type Payer = { id: string; name: string; aliases: string[]; sandboxPayerId: string; supportsClaimstreamPay: boolean };

export type PayerLookupStatus = 'matched' | 'ambiguous' | 'unknown' | 'refused' | 'all';

/** What a typed insurer name is: one payer, several, none (accepted, needs review) or a refused government program. */
export type PayerLookup = { status: PayerLookupStatus; payers: Payer[]; program?: string; explanation?: string };

export type SubscriberRelationship = 'self' | 'spouse' | 'child' | 'other';

export type CardSide = 'front' | 'back';

export type CardImage = { side: CardSide; fileType: 'PDF' | 'JPEG' | 'PNG'; sizeBytes: number; uploadedAt: string };

export type Policy = {
  id: string;
  clientId: string;
  payerId?: string;
  payerName: string;
  needsReview: boolean;
  sandboxPayerId?: string;
  supportsClaimstreamPay: boolean;
  memberId: string;
  groupNumber?: string;
  relationship: SubscriberRelationship;
  subscriber?: { firstName: string; lastName: string; dateOfBirth: string };
  clientDateOfBirth: string;
  cardFront?: CardImage;
  cardBack?: CardImage;
  updatedAt: string;
};

export type ReimbursementAccountStatus = { onFile: boolean; accountLast4?: string };

export type Insurance = { policy?: Policy; reimbursementAccount: ReimbursementAccountStatus };

export type PolicyRequest = {
  payerId?: string;
  payerName?: string;
  memberId: string;
  groupNumber?: string;
  relationship: SubscriberRelationship;
  subscriberFirstName?: string;
  subscriberLastName?: string;
  subscriberDateOfBirth?: string;
  clientDateOfBirth: string;
};

export type ReimbursementAccount = { onFile: boolean; routingNumber?: string; accountLast4?: string; updatedAt?: string };

export type PortalSettingsOfPractice = { clientId: string; practiceName: string; settings: Record<string, boolean> };

/** The client list's payment method column: the default card. */
export type PaymentMethodSummary = { brand: string; last4: string };

export type CardFunding = 'credit' | 'debit' | 'hsa_fsa';

/** `GET /api/clients/{id}/payment-methods` (and the portal's): a card Claimstream keeps by its processor token. */
export type PaymentMethod = {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  funding: CardFunding;
  isDefault: boolean;
  createdAt: string;
};

/** `POST /sandbox/cards/tokens`: the card processor sandbox's answer to the hosted card field. */
export type CardToken = { token: string; brand: string; last4: string; expMonth: number; expYear: number; funding: CardFunding };
