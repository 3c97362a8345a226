import type { FieldError, ProblemBody } from '@/types/api';

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An RFC 9457 problem answered by the API (or made up for a network failure), thrown by every request. */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors: FieldError[];
  /** Members beyond the standard ones, e.g. `existingClientId`. */
  readonly extra: Record<string, unknown>;
  readonly headers: Headers;

  constructor(body: ProblemBody, headers: Headers = new Headers()) {
    super(body.detail ?? body.title);
    this.name = 'ApiProblem';
    const { type, title, status, detail, errors, ...extra } = body;
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.errors = errors ?? [];
    this.extra = extra;
    this.headers = headers;
  }

  /** The slug of `/problems/<slug>`, e.g. `invitation-expired`. */
  get slug(): string {
    return this.type.replace(/^.*\/problems\//, '');
  }

  is(slug: string): boolean {
    return this.slug === slug;
  }
}

export function isProblem(error: unknown, slug?: string): error is ApiProblem {
  return error instanceof ApiProblem && (slug === undefined || error.is(slug));
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** The CSRF token cookie, fetched first (any GET sets it, even a 401) when the browser has none yet. */
async function csrfToken(): Promise<string | null> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing) return existing;
  await fetch(url('/api/session'), { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => undefined);
  return readCookie(CSRF_COOKIE);
}

function url(path: string): string {
  return new URL(path, window.location.origin).toString();
}

async function toProblem(response: Response): Promise<ApiProblem> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    const body = (await response.json().catch(() => null)) as Partial<ProblemBody> | null;
    if (body && typeof body === 'object') {
      return new ApiProblem(
        { ...body, type: body.type ?? 'about:blank', title: body.title ?? response.statusText, status: body.status ?? response.status },
        response.headers,
      );
    }
  }
  return new ApiProblem({ type: 'about:blank', title: response.statusText || 'Request failed', status: response.status }, response.headers);
}

export type RequestOptions = {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
};

/** Asks the user for a fresh code (a dialog); resolves once verified, rejects when they cancel. */
type StepUpHandler = () => Promise<void>;

let stepUpHandler: StepUpHandler | null = null;

/** Installs the step-up dialog; answers the function that removes it again. */
export function setStepUpHandler(handler: StepUpHandler): () => void {
  stepUpHandler = handler;
  return () => {
    if (stepUpHandler === handler) stepUpHandler = null;
  };
}

/**
 * Same-origin JSON request with the session cookie and the CSRF header; throws ApiProblem on any non-2xx.
 * A change that needs a recent code (403 `step-up-required`) asks for one and is sent once more.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  try {
    return await sendRequest<T>(path, options);
  } catch (error) {
    if (!isProblem(error, 'step-up-required') || !stepUpHandler) throw error;
    await stepUpHandler().catch(() => {
      throw error;
    });
    return sendRequest<T>(path, options);
  }
}

async function sendRequest<T>(path: string, options: RequestOptions): Promise<T> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers = new Headers({ ...options.headers, Accept: 'application/json, application/problem+json' });
  // a FormData body (an upload) sets its own multipart Content-Type with the boundary
  const form = options.body instanceof FormData;
  if (options.body !== undefined && !form) headers.set('Content-Type', 'application/json');
  if (UNSAFE_METHODS.has(method)) {
    const token = await csrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }
  let target = path;
  if (options.query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query)) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const qs = params.toString();
    if (qs) target += `?${qs}`;
  }
  let response: Response;
  try {
    response = await fetch(url(target), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : form ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiProblem({ type: '/problems/network-error', title: 'Cannot reach Claimstream. Check your connection and try again.', status: 0 });
  }
  if (!response.ok) throw await toProblem(response);
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
  /** Sends one file as `multipart/form-data` in the part named `file` (the server checks its content). */
  upload: <T>(path: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<T>(path, { method: 'POST', body: form });
  },
};

/** Minutes until a 429 may be retried, from `Retry-After` (seconds or an HTTP date); at least 1. */
export function retryAfterMinutes(problem: ApiProblem, now: number = Date.now()): number | null {
  const value = problem.headers.get('Retry-After');
  if (!value) return null;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (!Number.isFinite(seconds)) return null;
  return Math.max(1, Math.ceil(seconds / 60));
}
