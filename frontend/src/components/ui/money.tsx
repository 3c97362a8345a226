const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** The one way amounts are shown: integer cents in, dollars out (PRODUCT §10). */
export function formatMoney(cents: number): string {
  return usd.format(cents / 100);
}

export function Money({ cents }: { cents: number }) {
  return <span className="money">{formatMoney(cents)}</span>;
}
