import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { practiceQueryKey } from './get-practice-profile';

/** The toggles of PRODUCT §5, in the order the API lists them. */
export const portalToggles = [
  { key: 'payments', label: 'Payments through the portal', hint: 'Clients pay and see receipts.' },
  { key: 'secureMessaging', label: 'Secure messaging', hint: 'Clients write to the practice.' },
  { key: 'selfScheduling', label: 'Self-scheduling', hint: 'Clients request appointments.' },
  { key: 'showInsurance', label: 'Show insurance', hint: 'Clients see their insurance details.' },
  { key: 'editInsurance', label: 'Edit insurance', hint: 'Needs “Show insurance”.' },
  { key: 'guardianAccess', label: 'Client contact (guardian) access', hint: 'A guardian acts for a minor client.' },
  { key: 'hidePracticeAddress', label: 'Hide the practice address on forms', hint: 'For practices that work from home.' },
] as const;

export type PortalToggle = (typeof portalToggles)[number]['key'];
export type PortalSettingValues = Record<PortalToggle, boolean>;
export type PortalOverride = 'inherit' | 'on' | 'off';
export type ClientPortalSettings = {
  practice: PortalSettingValues;
  overrides: Record<PortalToggle, PortalOverride>;
  effective: PortalSettingValues;
};

const portalSettingsQueryKey = [...practiceQueryKey, 'portal-settings'] as const;
const clientPortalSettingsQueryKey = (clientId: string) => ['clients', clientId, 'portal-settings'] as const;

export function getPortalSettingsQueryOptions() {
  return queryOptions({
    queryKey: portalSettingsQueryKey,
    queryFn: ({ signal }) => api.get<PortalSettingValues>('/api/practice/portal-settings', { signal }),
  });
}

export function usePortalSettings() {
  return useQuery(getPortalSettingsQueryOptions());
}

export function useUpdatePortalSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: PortalSettingValues) => api.put<PortalSettingValues>('/api/practice/portal-settings', values),
    onSuccess: (saved) => {
      queryClient.setQueryData(portalSettingsQueryKey, saved);
      // every client's effective settings follow the defaults
      return queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}

export function useClientPortalSettings(clientId: string) {
  return useQuery({
    queryKey: clientPortalSettingsQueryKey(clientId),
    queryFn: ({ signal }) => api.get<ClientPortalSettings>(`/api/clients/${encodeURIComponent(clientId)}/portal-settings`, { signal }),
  });
}

export function useUpdateClientPortalSettings(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (overrides: Record<PortalToggle, PortalOverride>) =>
      api.put<ClientPortalSettings>(`/api/clients/${encodeURIComponent(clientId)}/portal-settings`, overrides),
    onSuccess: (saved) => queryClient.setQueryData(clientPortalSettingsQueryKey(clientId), saved),
  });
}
