/** Every route of the SPA; screens build links with getHref, never with string literals. */

/** Only same-app relative paths are accepted as a redirect target (no open redirect). */
export function safeRedirect(target: string | null | undefined, fallback: string): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}

function withRedirect(base: string, redirectTo?: string | null): string {
  return redirectTo ? `${base}?redirectTo=${encodeURIComponent(redirectTo)}` : base;
}

export const paths = {
  home: { path: '/', getHref: () => '/' },
  practice: {
    signIn: { path: '/app/sign-in', getHref: (redirectTo?: string | null) => withRedirect('/app/sign-in', redirectTo) },
    signUp: { path: '/app/sign-up', getHref: () => '/app/sign-up' },
    forgotPassword: { path: '/app/forgot-password', getHref: () => '/app/forgot-password' },
    resetPassword: { path: '/app/reset-password', getHref: () => '/app/reset-password' },
    changePassword: { path: '/app/account/password', getHref: () => '/app/account/password' },
    clients: { path: '/app', getHref: () => '/app' },
    newClient: { path: '/app/clients/new', getHref: () => '/app/clients/new' },
    settings: { path: '/app/settings', getHref: (field?: string) => (field ? `/app/settings#${encodeURIComponent(field)}` : '/app/settings') },
    audit: { path: '/app/audit', getHref: (clientId?: string) => (clientId ? `/app/audit?clientId=${encodeURIComponent(clientId)}` : '/app/audit') },
    client: { path: '/app/clients/:clientId', getHref: (clientId: string) => `/app/clients/${encodeURIComponent(clientId)}` },
  },
  portal: {
    signIn: { path: '/portal/sign-in', getHref: (redirectTo?: string | null) => withRedirect('/portal/sign-in', redirectTo) },
    invite: { path: '/portal/invite', getHref: () => '/portal/invite' },
    forgotPassword: { path: '/portal/forgot-password', getHref: () => '/portal/forgot-password' },
    resetPassword: { path: '/portal/reset-password', getHref: () => '/portal/reset-password' },
    changePassword: { path: '/portal/account/password', getHref: () => '/portal/account/password' },
    dashboard: { path: '/portal', getHref: () => '/portal' },
  },
  dev: {
    mailbox: { path: '/dev/mailbox', getHref: () => '/dev/mailbox' },
    // a query parameter, not a path segment: the server only routes /dev/mailbox itself to the SPA
    mail: { getHref: (mailId: string) => `/dev/mailbox?mail=${encodeURIComponent(mailId)}` },
  },
} as const;

/** The sign-in page of the portal that owns `pathname`, returning there afterwards. */
export function signInHrefFor(pathname: string, search = ''): string {
  const back = pathname + search;
  return pathname.startsWith('/portal') ? paths.portal.signIn.getHref(back) : paths.practice.signIn.getHref(back);
}
