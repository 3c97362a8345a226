import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, redirect, RouterProvider, type RouteObject } from 'react-router';

import { PageLoading } from '@/components/ui/page-loading';
import { paths } from '@/config/paths';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/** Every screen; route modules load lazily, loaders use the features' query options. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      HydrateFallback: PageLoading,
      errorElement: <RouteError />,
      children: [
        { path: paths.home.path, loader: () => redirect(paths.practice.clients.getHref()) },
        {
          path: paths.practice.signIn.path,
          lazy: async () => {
            const m = await import('./routes/auth/practice-sign-in');
            return { Component: m.PracticeSignInRoute, loader: m.practiceSignInLoader(queryClient) };
          },
        },
        {
          path: paths.practice.signUp.path,
          lazy: async () => {
            const m = await import('./routes/auth/practice-sign-up');
            return { Component: m.PracticeSignUpRoute, loader: m.practiceSignUpLoader(queryClient) };
          },
        },
        {
          path: paths.practice.forgotPassword.path,
          lazy: async () => {
            const m = await import('./routes/auth/forgot-password');
            return { Component: m.PracticeForgotPasswordRoute };
          },
        },
        {
          path: paths.practice.resetPassword.path,
          lazy: async () => {
            const m = await import('./routes/auth/reset-password');
            return { Component: m.PracticeResetPasswordRoute };
          },
        },
        {
          path: paths.practice.clients.path,
          lazy: async () => {
            const m = await import('./routes/practice/practice-layout');
            return { Component: m.PracticeLayoutRoute, loader: m.practiceLayoutLoader(queryClient) };
          },
          children: [
            {
              index: true,
              lazy: async () => {
                const m = await import('./routes/practice/clients');
                return { Component: m.ClientsRoute };
              },
            },
            {
              path: paths.practice.changePassword.path,
              lazy: async () => {
                const m = await import('./routes/practice/change-password');
                return { Component: m.PracticeChangePasswordRoute };
              },
            },
            {
              path: paths.practice.newClient.path,
              lazy: async () => {
                const m = await import('./routes/practice/new-client');
                return { Component: m.NewClientRoute };
              },
            },
            {
              path: paths.practice.settings.path,
              lazy: async () => {
                const m = await import('./routes/practice/settings');
                return { Component: m.SettingsRoute };
              },
            },
            {
              path: paths.practice.audit.path,
              lazy: async () => {
                const m = await import('./routes/practice/audit');
                return { Component: m.AuditRoute };
              },
            },
            {
              path: paths.practice.client.path,
              lazy: async () => {
                const m = await import('./routes/practice/client');
                return { Component: m.ClientRoute, loader: m.clientLoader(queryClient) };
              },
            },
          ],
        },
        {
          path: paths.portal.signIn.path,
          lazy: async () => {
            const m = await import('./routes/auth/portal-sign-in');
            return { Component: m.PortalSignInRoute, loader: m.portalSignInLoader(queryClient) };
          },
        },
        {
          path: paths.portal.forgotPassword.path,
          lazy: async () => {
            const m = await import('./routes/auth/forgot-password');
            return { Component: m.PortalForgotPasswordRoute };
          },
        },
        {
          path: paths.portal.resetPassword.path,
          lazy: async () => {
            const m = await import('./routes/auth/reset-password');
            return { Component: m.PortalResetPasswordRoute };
          },
        },
        {
          path: paths.portal.invite.path,
          lazy: async () => {
            const m = await import('./routes/auth/invitation');
            return { Component: m.InvitationRoute };
          },
        },
        {
          path: paths.portal.dashboard.path,
          lazy: async () => {
            const m = await import('./routes/portal/portal-layout');
            return { Component: m.PortalLayoutRoute, loader: m.portalLayoutLoader(queryClient) };
          },
          children: [
            {
              index: true,
              lazy: async () => {
                const m = await import('./routes/portal/dashboard');
                return { Component: m.DashboardRoute };
              },
            },
            {
              path: paths.portal.changePassword.path,
              lazy: async () => {
                const m = await import('./routes/portal/change-password');
                return { Component: m.PortalChangePasswordRoute };
              },
            },
          ],
        },
        {
          path: paths.dev.mailbox.path,
          lazy: async () => {
            const m = await import('./routes/dev/mailbox');
            return { Component: m.MailboxRoute };
          },
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ];
}

export function AppRouter() {
  const queryClient = useQueryClient();
  const [router] = useState(() => createBrowserRouter(createAppRoutes(queryClient)));
  return <RouterProvider router={router} />;
}
