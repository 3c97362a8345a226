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
    dashboard: { path: '/app', getHref: () => '/app' },
    clients: { path: '/app/clients', getHref: () => '/app/clients' },
    security: { path: '/app/account/security', getHref: () => '/app/account/security' },
    secondFactor: { path: '/app/sign-in/code', getHref: (redirectTo?: string | null) => withRedirect('/app/sign-in/code', redirectTo) },
    twoFactorSetup: { path: '/app/two-factor', getHref: (redirectTo?: string | null) => withRedirect('/app/two-factor', redirectTo) },
    newClient: { path: '/app/clients/new', getHref: () => '/app/clients/new' },
    settings: { path: '/app/settings', getHref: (field?: string) => (field ? `/app/settings#${encodeURIComponent(field)}` : '/app/settings') },
    team: { path: '/app/team', getHref: () => '/app/team' },
    banking: { path: '/app/banking', getHref: () => '/app/banking' },
    join: { path: '/app/join', getHref: () => '/app/join' },
    audit: { path: '/app/audit', getHref: (clientId?: string) => (clientId ? `/app/audit?clientId=${encodeURIComponent(clientId)}` : '/app/audit') },
    client: { path: '/app/clients/:clientId', getHref: (clientId: string) => `/app/clients/${encodeURIComponent(clientId)}` },
    editClient: { path: '/app/clients/:clientId/edit', getHref: (clientId: string) => `/app/clients/${encodeURIComponent(clientId)}/edit` },
  },
  portal: {
    signIn: { path: '/portal/sign-in', getHref: (redirectTo?: string | null) => withRedirect('/portal/sign-in', redirectTo) },
    invite: { path: '/portal/invite', getHref: () => '/portal/invite' },
    forgotPassword: { path: '/portal/forgot-password', getHref: () => '/portal/forgot-password' },
    resetPassword: { path: '/portal/reset-password', getHref: () => '/portal/reset-password' },
    changePassword: { path: '/portal/account/password', getHref: () => '/portal/account/password' },
    security: { path: '/portal/account/security', getHref: () => '/portal/account/security' },
    secondFactor: { path: '/portal/sign-in/code', getHref: (redirectTo?: string | null) => withRedirect('/portal/sign-in/code', redirectTo) },
    twoFactorSetup: { path: '/portal/two-factor', getHref: () => '/portal/two-factor' },
    dashboard: { path: '/portal', getHref: () => '/portal' },
    settings: { path: '/portal/settings', getHref: () => '/portal/settings' },
    insurance: { path: '/portal/insurance', getHref: () => '/portal/insurance' },
    reimbursementAccount: { path: '/portal/reimbursement-account', getHref: () => '/portal/reimbursement-account' },
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
