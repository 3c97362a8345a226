import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api-client';

type Options = {
  /** Called when any request answers 401 `unauthenticated` (the session ended); the app sends the user to sign-in. */
  onUnauthenticated?: (problem: ApiProblem) => void;
};

function isUnauthenticated(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && error.is('unauthenticated');
}

/** Retry only what may succeed on a second try: network failures and 5xx, twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiProblem && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient({ onUnauthenticated }: Options = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) onUnauthenticated?.(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
