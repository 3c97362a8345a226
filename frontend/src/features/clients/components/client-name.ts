type Named = { firstName: string; lastName: string; preferredName?: string | null };

/** "Alexandra (Alex) Chen": the legal name, with the preferred name when it differs. */
export function clientName({ firstName, lastName, preferredName }: Named): string {
  const preferred = preferredName?.trim();
  return preferred && preferred !== firstName ? `${firstName} (${preferred}) ${lastName}` : `${firstName} ${lastName}`;
}
