import type { Connection } from '@/types/api';

/** How a practice is named in the portal; a contact sees whom they act for first. */
export function connectionLabel(connection: Connection): string {
  return connection.actingFor ? `${connection.actingFor} · ${connection.practiceName}` : connection.practiceName;
}
