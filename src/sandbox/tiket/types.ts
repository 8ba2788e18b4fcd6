/** Endpoint names are the request paths without the leading slash and without path parameters. */
export const ENDPOINT_NAMES = [
  "apiv1/payexpress",
  "general_api/listCurrency",
  "general_api/listLanguage",
  "general_api/listCountry",
  "general_api/getPolicies",
  "flight_api/all_airport",
  "search/flight",
  "ajax/mCheckFlightUpdated",
  "flight_api/getLionCaptcha",
  "flight_api/get_flight_data",
  "order/add/flight",
  "order",
  "order/delete_order",
  "order/checkout",
  "checkout/checkout_customer",
  "checkout/checkout_payment",
  /** checkout_payment/<id> without btn_booking=1: the price preview, recorded and faulted apart from paying. */
  "checkout/checkout_payment/preview",
  "partner/transactionApi/get_saldo",
  "partner/transactionApi",
  "partner/transactionApi/confirmPayment",
  "check_order",
  "check_order/resendVoucher",
  "etiket-pdf",
] as const;
export type EndpointName = (typeof ENDPOINT_NAMES)[number];

/**
 * Faults and latency may also target `checkout/checkout_payment/<id>` (e.g. `.../8`, the deposit
 * payment) so the pay call can fail while the payment list keeps working.
 */
export type FaultTarget = EndpointName | `checkout/checkout_payment/${number}` | "*";

export type Fault =
  /** Never answers; with `commit` the operation is performed first ("outcome unknown"). */
  | { kind: "timeout"; commit?: boolean }
  /** HTTP 500 with an Apache HTML page. */
  | { kind: "http500" }
  /** HTTP 200 with an HTML maintenance page instead of JSON. */
  | { kind: "html" }
  /** HTTP 200, truncated JSON. */
  | { kind: "malformed" }
  /** HTTP 200, empty body. */
  | { kind: "empty" }
  /**
   * Envelope with `diagnostic.status` 201 and an `error_msgs`. With `commit` the operation is performed
   * first: spec §1 says 201 "is not always fatal: check the payload".
   */
  | { kind: "status201"; commit?: boolean }
  /**
   * Envelope with `diagnostic.status` 500: the airline/upstream failed. With `commit` the operation is
   * performed first (an add-order whose airline answered late, after tiket.com had put it in the cart).
   */
  | { kind: "status500"; commit?: boolean }
  /**
   * Envelope with `diagnostic.status` 204, "the same booking was already made" (spec §1, from the train
   * docs), for a booking made elsewhere (another token, another channel): nothing is added to this cart.
   */
  | { kind: "status204" }
  /**
   * Envelope with any `diagnostic.status` and the words given (English and Indonesian, by the call's lang):
   * the undocumented answers tiket.com may give (211, a 500 naming no airline, a payment gateway's words).
   * With `commit` the operation is performed first.
   */
  | { kind: "status"; status: number; en: string; id: string; commit?: boolean };

export type FaultKind = Fault["kind"];

export interface TiketCall {
  endpoint: EndpointName;
  /** Query and form parameters; `secretkey` and `confirmkey` are replaced by "***". */
  params: Record<string, string>;
  /** The User-Agent header as sent ("" when missing). */
  userAgent: string;
  /** ms since epoch, from the sandbox clock. */
  at: number;
}

export type PassengerType = "adult" | "child" | "infant";

export interface TiketPassenger {
  type: PassengerType;
  /** 1-based index within its type (a1, c2, i1 …). */
  index: number;
  title: string;
  firstName: string;
  lastName: string;
  idNumber: string;
  birthDate: string;
  /** Infants only: the index of the travelling adult. */
  parent?: number;
  passportNo?: string;
  passportExpiry?: string;
  passportIssued?: string;
  passportIssuing?: string;
  passportNationality?: string;
  passengerId: string;
}

export interface TiketOrderDetail {
  orderDetailId: string;
  flightId: string;
  /** "trip" for the outbound (the check_order example's value), "return" for a round trip's way back. */
  trip: "trip" | "return";
  carrierCode: string;
  flightNumber: string;
  from: string;
  to: string;
  /** yyyy-mm-dd (local departure date). */
  date: string;
  /** "yyyy-MM-dd HH:mm:ss" local airport times. */
  departure: string;
  arrival: string;
  ticketClass: string;
  priceAdult: number;
  priceChild: number;
  priceInfant: number;
  /** Sum over the party, rupiah. */
  price: number;
  status: "active" | "deleted";
  adult: number;
  child: number;
  infant: number;
  passengers: TiketPassenger[];
  /** Airline PNR, set once issued. */
  bookingCode?: string;
  /** One 13-digit number per passenger (order of `passengers`), set once issued. */
  ticketNumbers?: string[];
}

export type PaymentStatus = "shoppingcart" | "checkout" | "paid" | "expired";
export type TicketStatus = "booked" | "issued" | "expired";

export interface TiketContact {
  salutation: string;
  firstName: string;
  lastName: string;
  phone: string;
  otherPhone: string;
  email: string;
}

export interface TiketOrder {
  orderId: string;
  /** The token whose cart this is. */
  token: string;
  createdAt: number;
  expiresAt: number;
  /** From the first add-order of the cart. */
  contact: TiketContact;
  /** From checkout_customer. */
  customer?: { salutation: string; firstName: string; lastName: string; email: string; phone: string };
  details: TiketOrderDetail[];
  paymentStatus: PaymentStatus;
  ticketStatus: TicketStatus;
  /** Payment id chosen at checkout_payment with btn_booking=1. */
  paymentId?: number;
  grandTotal?: number;
  checkoutAt?: number;
  paidAt?: number;
  /** When a paid order turns "issued" (paidAt + issueDelayMs). */
  issueAt?: number;
  issuedAt?: number;
  /** Paid outside the API: the deposit was not touched. */
  issuedExternally?: boolean;
  confirmation?: { note: string; date: string };
  orderHash: string;
}

export interface TiketSandboxCredentials {
  secretKey: string;
  businessId: string;
  businessName: string;
  confirmKey: string;
  username: string;
}

export interface TiketSandboxControls {
  setLatency(endpoint: FaultTarget, ms: number): void;
  /** `times`: how many calls the fault applies to; omitted = until cleared with `null`. */
  setFault(endpoint: FaultTarget, fault: Fault | null, times?: number): void;
  setDeposit(rupiah: number): void;
  getDeposit(): number;
  /** get_flight_data and add-order prices differ from search by `delta` per adult and child. */
  setPriceChange(flightNumber: string | "*", delta: number): void;
  /** Seats left right now on that flight and date (yyyy-mm-dd). */
  setSeats(flightNumber: string, date: string, seats: number): void;
  /** Makes an unpaid order expire now. */
  expireOrder(orderId: string): void;
  /** Paid and issued outside the API (the deposit is not touched). */
  issueExternally(orderId: string): void;
  getOrder(orderId: string): TiketOrder | undefined;
  /** The text shown in the captcha image of that `lionsessionid`. */
  captchaAnswer(sessionId: string): string | undefined;
  /** The captcha sessions handed out so far, oldest first. */
  captchaSessions(): string[];
  /** How long the first search of a route and date stays incomplete (see search.ts). */
  setSearchRefreshMs(ms: number): void;
  setOrderExpirySeconds(seconds: number): void;
  setIssueDelayMs(ms: number): void;
  /** A fee tiket.com adds to deposit payments (preview payment_charge, and the grand total debited). */
  setDepositCharge(rupiah: number): void;
  calls(endpoint?: EndpointName): TiketCall[];
  callCount(endpoint: EndpointName): number;
  /** Clears faults, latency, price changes, seat overrides and the call log; `orders: true` also
   * drops tokens, orders, captchas and search caches and restores deposit and settings. */
  reset(options?: { orders?: boolean }): void;
}
