export function DashboardRoute() {
  return <p className="page-note">Coming in the next step.</p>;
}
