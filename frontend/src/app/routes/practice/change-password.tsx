import { ChangePasswordForm } from '@/features/auth/components/change-password-form';

export function PracticeChangePasswordRoute() {
  return (
    <div className="form-page">
      <div className="page-header">
        <div>
          <h1 className="page-title">Change password</h1>
          <p className="page-subtitle">You stay signed in here; we email you a notice.</p>
        </div>
      </div>
      <div className="card">
        <div className="card-body">
          <ChangePasswordForm />
        </div>
      </div>
    </div>
  );
}
