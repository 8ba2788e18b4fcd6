/** Integer rupiah. Every amount in the domain is one; providers parse into it at the boundary. */
export type Rupiah = number;

const grouping = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** `Rp 1.234.500` — the way Indonesian agents write money, whatever the chat language. */
export function formatRupiah(amount: Rupiah): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}Rp ${grouping.format(Math.abs(amount))}`;
}
