/** The one place dates are turned into text (ISO-8601 in, the user's locale and time zone out). */

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

export type DateStyle = 'date' | 'dateTime' | 'relative';

function parse(value: string): Date | null {
  // A plain YYYY-MM-DD (date of birth) is a calendar date, not an instant: keep it in local time.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string | null | undefined, style: DateStyle = 'date', now: Date = new Date()): string {
  if (!value) return '—';
  const date = parse(value);
  if (!date) return value;
  if (style === 'date') return dateFormat.format(date);
  if (style === 'dateTime') return dateTimeFormat.format(date);
  const minutes = Math.round((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return 'Just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (date.toDateString() === now.toDateString()) return `Today, ${timeFormat.format(date)}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (date.toDateString() === yesterday.toDateString()) return `Yesterday, ${timeFormat.format(date)}`;
  return dateFormat.format(date);
}
