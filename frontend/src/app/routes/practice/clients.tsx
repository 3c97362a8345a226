export function ClientsRoute() {
  return <p className="page-note">Coming in the next step.</p>;
}
