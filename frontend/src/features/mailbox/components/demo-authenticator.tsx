import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

type DemoCode = { email: string; code: string; secondsLeft: number };

/**
 * Development only: the demo account's current two-factor code (the demo profile serves it; elsewhere
 * the request fails and the panel stays hidden).
 */
export function DemoAuthenticator() {
  const demo = useQuery({
    queryKey: ['dev', 'demo-authenticator'],
    queryFn: () => api.get<DemoCode>('/api/dev/demo-authenticator'),
    refetchInterval: 5_000,
    retry: false,
  });
  if (!demo.data) return null;
  return (
    <section className="card demo-authenticator" aria-label="Demo authenticator">
      <div className="card-body">
        <h2 className="card-title">Demo authenticator</h2>
        <p className="muted">Two-factor code for {demo.data.email}:</p>
        <p className="demo-code" aria-live="polite">
          <code>{demo.data.code}</code> <span className="muted">({demo.data.secondsLeft} s left)</span>
        </p>
      </div>
    </section>
  );
}
