import { ChangePasswordForm } from '@/features/auth/components/change-password-form';

export function PortalChangePasswordRoute() {
  return (
    <div className="form-page">
      <h1 className="page-title">Change password</h1>
      <p className="page-subtitle">You stay signed in here; we email you a notice.</p>
      <div className="card">
        <div className="card-body">
          <ChangePasswordForm />
        </div>
      </div>
    </div>
  );
}
