import { customerCardData } from "../../../presenters/customer-card-data.js";

type T = (key: string) => string;

/** The quote message's button: the card re-prices that flight of that search, for the customer. */
export function customerQuoteButton(t: T, pick: { sid: string; index: number }): [label: string, data: string] {
  return [t("cust-button"), customerCardData.quote(pick.sid, pick.index)];
}
