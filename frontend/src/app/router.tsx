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
        { path: paths.home.path, loader: () => redirect(paths.practice.dashboard.getHref()) },
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
          path: paths.practice.secondFactor.path,
          lazy: async () => {
            const m = await import('./routes/auth/second-factor');
            return { Component: m.PracticeSecondFactorRoute, loader: m.practiceSecondFactorLoader(queryClient) };
          },
        },
        {
          path: paths.practice.twoFactorSetup.path,
          lazy: async () => {
            const m = await import('./routes/auth/two-factor-setup');
            return { Component: m.PracticeTwoFactorSetupRoute, loader: m.practiceTwoFactorSetupLoader(queryClient) };
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
          path: paths.practice.join.path,
          lazy: async () => {
            const m = await import('./routes/auth/join-team');
            return { Component: m.JoinTeamRoute };
          },
        },
        {
          path: paths.practice.dashboard.path,
          lazy: async () => {
            const m = await import('./routes/practice/practice-layout');
            return { Component: m.PracticeLayoutRoute, loader: m.practiceLayoutLoader(queryClient) };
          },
          children: [
            {
              index: true,
              lazy: async () => {
                const m = await import('./routes/practice/dashboard');
                return { Component: m.PracticeDashboardRoute };
              },
            },
            {
              path: paths.practice.clients.path,
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
              path: paths.practice.security.path,
              lazy: async () => {
                const m = await import('./routes/practice/account-security');
                return { Component: m.PracticeAccountSecurityRoute };
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
              path: paths.practice.team.path,
              lazy: async () => {
                const m = await import('./routes/practice/team');
                return { Component: m.TeamRoute };
              },
            },
            {
              path: paths.practice.banking.path,
              lazy: async () => {
                const m = await import('./routes/practice/banking');
                return { Component: m.BankingRoute };
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
            {
              path: paths.practice.editClient.path,
              lazy: async () => {
                const m = await import('./routes/practice/edit-client');
                return { Component: m.EditClientRoute, loader: m.editClientLoader(queryClient) };
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
          path: paths.portal.secondFactor.path,
          lazy: async () => {
            const m = await import('./routes/auth/second-factor');
            return { Component: m.PortalSecondFactorRoute, loader: m.portalSecondFactorLoader(queryClient) };
          },
        },
        {
          path: paths.portal.twoFactorSetup.path,
          lazy: async () => {
            const m = await import('./routes/auth/two-factor-setup');
            return { Component: m.PortalTwoFactorSetupRoute, loader: m.portalTwoFactorSetupLoader(queryClient) };
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
              path: paths.portal.security.path,
              lazy: async () => {
                const m = await import('./routes/portal/account-security');
                return { Component: m.PortalAccountSecurityRoute };
              },
            },
            {
              path: paths.portal.changePassword.path,
              lazy: async () => {
                const m = await import('./routes/portal/change-password');
                return { Component: m.PortalChangePasswordRoute };
              },
            },
            {
              path: paths.portal.settings.path,
              lazy: async () => {
                const m = await import('./routes/portal/settings');
                return { Component: m.PortalSettingsRoute };
              },
            },
            {
              path: paths.portal.insurance.path,
              lazy: async () => {
                const m = await import('./routes/portal/insurance');
                return { Component: m.PortalInsuranceRoute };
              },
            },
            {
              path: paths.portal.reimbursementAccount.path,
              lazy: async () => {
                const m = await import('./routes/portal/reimbursement-account');
                return { Component: m.PortalReimbursementAccountRoute };
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
