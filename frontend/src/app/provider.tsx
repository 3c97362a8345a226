import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { sessionQueryKey } from '@/features/auth/api/get-session';
import { StepUpHost } from '@/features/auth/components/step-up-dialog';
import { createQueryClient } from '@/lib/query-client';
import { LiveEventsProvider } from './live-events';

class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled error', error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="auth-page">
        <main className="auth-card" role="alert">
          <h1 className="auth-title">Something went wrong</h1>
          <p>Claimstream hit an unexpected problem. Reloading the page usually helps.</p>
          <a className="btn btn-primary" href="/">
            Reload
          </a>
        </main>
      </div>
    );
  }
}

/** A 401 `unauthenticated` anywhere means the session ended: forget it, and the guards send the user to sign-in. */
export function createAppQueryClient(): QueryClient {
  const queryClient: QueryClient = createQueryClient({
    onUnauthenticated: () => queryClient.setQueryData(sessionQueryKey, null),
  });
  return queryClient;
}

export function AppProvider({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createAppQueryClient());
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <LiveEventsProvider>
          {children}
          <StepUpHost />
        </LiveEventsProvider>
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
