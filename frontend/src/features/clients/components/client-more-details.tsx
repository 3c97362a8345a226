import type { UseFormReturn } from 'react-hook-form';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-field';
import type { Member } from '@/types/api';
import type { CreateClientInput } from '../api/create-client';

const US_TIMEZONES = [
  ['America/New_York', 'Eastern (New York)'],
  ['America/Chicago', 'Central (Chicago)'],
  ['America/Denver', 'Mountain (Denver)'],
  ['America/Phoenix', 'Mountain, no DST (Phoenix)'],
  ['America/Los_Angeles', 'Pacific (Los Angeles)'],
  ['America/Anchorage', 'Alaska (Anchorage)'],
  ['Pacific/Honolulu', 'Hawaii (Honolulu)'],
] as const;

type Props = {
  form: UseFormReturn<CreateClientInput>;
  editing: boolean;
  clinicians: Member[];
  cliniciansLoading: boolean;
  canReassign: boolean;
};

/** The optional fields of a client, grouped as a clinician thinks of them. */
export function ClientMoreDetails({ form, editing, clinicians, cliniciansLoading, canReassign }: Props) {
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <>
      <fieldset className="form-section">
        <legend className="form-section-title">Personal</legend>
        <div className="form-grid">
          <TextField label="Preferred name" optional error={errors.preferredName?.message} {...register('preferredName')} />
          <TextField label="Pronouns" optional placeholder="e.g. she/her" error={errors.pronouns?.message} {...register('pronouns')} />
          <TextField label="Date of birth" optional type="date" error={errors.dateOfBirth?.message} {...register('dateOfBirth')} />
          <SelectField label="Sex assigned at birth" optional error={errors.sexAtBirth?.message} {...register('sexAtBirth')}>
            <option value="">Not specified</option>
            <option value="female">Female</option>
            <option value="male">Male</option>
            <option value="intersex">Intersex</option>
            <option value="unknown">Unknown</option>
          </SelectField>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section-title">Contact</legend>
        <div className="form-grid">
          <TextField
            label="Mobile phone"
            optional
            type="tel"
            placeholder="+14155550123"
            hint="International format, starting with +"
            error={errors.mobilePhone?.message}
            {...register('mobilePhone')}
          />
          <CheckboxField label="Client agrees to text messages" error={errors.smsConsent?.message} {...register('smsConsent')} />
          <TextField label="Preferred language" optional placeholder="e.g. English" error={errors.preferredLanguage?.message} {...register('preferredLanguage')} />
          <SelectField label="Time zone" optional error={errors.timezone?.message} {...register('timezone')}>
            <option value="">Same as the practice</option>
            {US_TIMEZONES.map(([zone, label]) => (
              <option key={zone} value={zone}>
                {label}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section-title">Address</legend>
        <div className="form-grid">
          <TextField fieldClassName="span-2" label="Street address" optional autoComplete="off" error={errors.address?.line1?.message} {...register('address.line1')} />
          <TextField fieldClassName="span-2" label="Apartment, suite" optional error={errors.address?.line2?.message} {...register('address.line2')} />
          <TextField label="City" optional error={errors.address?.city?.message} {...register('address.city')} />
          <div className="form-grid">
            <TextField label="State" optional maxLength={2} placeholder="CA" error={errors.address?.state?.message} {...register('address.state')} />
            <TextField label="ZIP code" optional inputMode="numeric" error={errors.address?.postalCode?.message} {...register('address.postalCode')} />
          </div>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section-title">Emergency contact</legend>
        <div className="form-grid form-grid-3">
          <TextField label="Name" optional error={errors.emergencyContact?.name?.message} {...register('emergencyContact.name')} />
          <TextField label="Phone" optional type="tel" error={errors.emergencyContact?.phone?.message} {...register('emergencyContact.phone')} />
          <TextField label="Relationship" optional placeholder="e.g. Partner" error={errors.emergencyContact?.relationship?.message} {...register('emergencyContact.relationship')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section-title">Care team and billing</legend>
        <div className="form-grid">
          <SelectField
            label="Clinician"
            optional
            hint={
              !canReassign
                ? 'Only administrators and staff can assign another clinician.'
                : editing
                  ? 'Only clinicians and administrators can be assigned.'
                  : 'Left empty, a clinician who adds a client becomes their clinician.'
            }
            disabled={cliniciansLoading || !canReassign}
            error={errors.clinicianId?.message}
            {...register('clinicianId')}
          >
            <option value="">{editing ? 'Unassigned' : 'Default'}</option>
          {clinicians.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
            ))}
          </SelectField>
          <p className="field-hint">
            The payment type is chosen in the client’s Benefits section, among the types the client is eligible for.
          </p>
        </div>
      </fieldset>
    </>
  );
}
