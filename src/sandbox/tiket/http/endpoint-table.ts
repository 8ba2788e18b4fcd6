import { addFlightOrder } from "../endpoints/add-order.js";
import { getLionCaptcha } from "../endpoints/captcha.js";
import { deleteOrder, viewOrder } from "../endpoints/cart.js";
import { checkFlightUpdated } from "../endpoints/check-update.js";
import { checkOrder, resendVoucher } from "../endpoints/check-order.js";
import { checkoutCustomer, checkoutPage, paymentList } from "../endpoints/checkout.js";
import { etiketPdf } from "../endpoints/etiket-pdf.js";
import { getFlightData } from "../endpoints/flight-data.js";
import { confirmPayment, getSaldo, transactionList } from "../endpoints/partner.js";
import { checkoutPayment } from "../endpoints/payment.js";
import { allAirport, getPolicies, listCountry, listCurrency, listLanguage } from "../endpoints/reference.js";
import { searchFlight } from "../endpoints/search.js";
import { getToken } from "../endpoints/token.js";
import type { EndpointName, FaultTarget } from "../types.js";
import type { EndpointHandler } from "./context.js";

/**
 * public: no checks (the voucher PDF). secret: User-Agent + secretkey (getToken).
 * token: User-Agent + a live token. partner: User-Agent + secretkey + confirmkey + username.
 * check: User-Agent + secretkey, or any token this sandbox issued (check_order).
 */
export type AuthMode = "public" | "secret" | "token" | "partner" | "check";

export interface EndpointSpec {
  name: EndpointName;
  auth: AuthMode;
  handler: EndpointHandler;
}

const spec = (name: EndpointName, auth: AuthMode, handler: EndpointHandler): EndpointSpec => ({ name, auth, handler });

const EXACT = new Map<string, EndpointSpec>(
  [
    spec("apiv1/payexpress", "secret", getToken),
    spec("general_api/listCurrency", "token", listCurrency),
    spec("general_api/listLanguage", "token", listLanguage),
    spec("general_api/listCountry", "token", listCountry),
    spec("general_api/getPolicies", "token", getPolicies),
    spec("flight_api/all_airport", "token", allAirport),
    spec("search/flight", "token", searchFlight),
    spec("ajax/mCheckFlightUpdated", "token", checkFlightUpdated),
    spec("flight_api/getLionCaptcha", "token", getLionCaptcha),
    spec("flight_api/get_flight_data", "token", getFlightData),
    spec("order/add/flight", "token", addFlightOrder),
    spec("order", "token", viewOrder),
    spec("order/delete_order", "token", deleteOrder),
    spec("checkout/checkout_customer", "token", checkoutCustomer),
    spec("checkout/checkout_payment", "token", paymentList),
    spec("partner/transactionApi/get_saldo", "partner", getSaldo),
    spec("partner/transactionApi", "partner", transactionList),
    spec("partner/transactionApi/confirmPayment", "partner", confirmPayment),
    spec("check_order", "check", checkOrder),
    spec("check_order/resendVoucher", "public", resendVoucher),
  ].map((s) => [s.name, s]),
);

interface Pattern {
  re: RegExp;
  spec: EndpointSpec;
  keys: string[];
}

const PATTERNS: Pattern[] = [
  { re: /^order\/checkout\/([^/]+)\/([^/]+)$/, spec: spec("order/checkout", "token", checkoutPage), keys: ["order_id", "currency"] },
  { re: /^checkout\/checkout_payment\/(\d+)$/, spec: spec("checkout/checkout_payment", "token", checkoutPayment), keys: ["payment_id"] },
  { re: /^etiket\/([^/]+)\.pdf$/, spec: spec("etiket-pdf", "public", etiketPdf), keys: ["order_id"] },
];

export interface EndpointMatch {
  spec: EndpointSpec;
  pathParams: Record<string, string>;
  /** Fault / latency keys, most specific first. */
  targets: FaultTarget[];
}

export function matchEndpoint(pathname: string): EndpointMatch | undefined {
  const path = pathname.replace(/^\/+/, "").replace(/\/+$/, "");
  const exact = EXACT.get(path);
  if (exact) return { spec: exact, pathParams: {}, targets: [exact.name] };
  for (const p of PATTERNS) {
    const m = p.re.exec(path);
    if (!m) continue;
    const pathParams = Object.fromEntries(p.keys.map((k, i) => [k, decodeURIComponent(m[i + 1] ?? "")]));
    const targets: FaultTarget[] = pathParams.payment_id
      ? [`checkout/checkout_payment/${Number(pathParams.payment_id)}`, p.spec.name]
      : [p.spec.name];
    return { spec: p.spec, pathParams, targets };
  }
  return undefined;
}
