import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type NoticePreference = { event: string; email: boolean; sms: boolean };
export type NotificationPreferences = { smsAvailable: boolean; events: NoticePreference[] };

/** What each notice of PRODUCT §5 is called on screen. */
export const noticeLabels: Record<string, string> = {
  'appointment.created': 'Appointment booked',
  'appointment.rescheduled': 'Appointment moved',
  'appointment.cancelled': 'Appointment cancelled',
  'appointment-request.confirmed': 'Request confirmed',
  'appointment-request.declined': 'Request declined',
  'payment.receipt': 'Payment receipt',
  'claim.decided': 'Claim decided',
  'reimbursement.sent': 'Reimbursement sent',
  'benefit-check.updated': 'Benefit check results',
};

const queryKey = ['portal', 'notification-preferences'] as const;
const path = '/api/portal/notification-preferences';

export function useNotificationPreferences() {
  return useQuery({ queryKey, queryFn: ({ signal }) => api.get<NotificationPreferences>(path, { signal }) });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (events: NoticePreference[]) => api.put<NotificationPreferences>(path, { events }),
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
}
