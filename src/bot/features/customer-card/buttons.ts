import { customerCardData } from "../../../presenters/customer-card-data.js";

type T = (key: string) => string;

/**
 * The quote message's button, for a flight picked with a results button (`r:<sid>:o:<index>`): the
 * card re-prices that flight of that search. A flight picked by typing its code gets no button.
 */
export function customerQuoteButton(t: T, pickedWith: string | undefined): [label: string, data: string] | undefined {
  const m = /^r:([\w-]{1,16}):o:(\d{1,3})$/.exec(pickedWith ?? "");
  return m ? [t("cust-button"), customerCardData.quote(m[1]!, Number(m[2]))] : undefined;
}
