/*
 * How MMBC writes an amount as text. The spec shows "350000" and "385,000"; Indonesian systems
 * also group thousands with dots ("440.000", "Rp 1.250.000,00"). A separator followed by three
 * digits groups thousands; one followed by one or two digits starts a decimal part, which must be
 * zero (rupiah have no cents). What fits neither ("1.25", "12.5000", "1,250.000", "") is refused
 * rather than guessed: a wrong guess is off by a factor of a thousand, on money.
 */
const PLAIN = /^(\d+)(?:[.,]0{1,2})?$/;
const COMMA_GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.0{1,2})?$/;
const DOT_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,0{1,2})?$/;

/** "Rp", "Rp." or "IDR" before the number, and the invoice-style ",-" after it ("Rp 50.000,-"). */
const CURRENCY = /^(?:rp\.?|idr)\s*/i;
const WHOLE_MARK = /,-$/;

/** Integer rupiah from MMBC's text, or undefined when the text is not unambiguously one. */
export function readRupiahText(text: string): number | undefined {
  const s = text.trim().replace(CURRENCY, "").replace(WHOLE_MARK, "");
  const m = PLAIN.exec(s) ?? COMMA_GROUPED.exec(s) ?? DOT_GROUPED.exec(s);
  if (!m) return undefined;
  const value = Number(m[1]!.replace(/[.,]/g, ""));
  return Number.isSafeInteger(value) ? value : undefined;
}
