/**
 * GET /order/checkout/{order_id}/{currency}, /checkout/checkout_customer and /checkout/checkout_payment.
 *
 * Decisions on unverified points:
 * - The steps must run in the documented order: checkout page → customer → payment (201 otherwise),
 *   and an expired cart answers 209 at every step, not only at payment.
 * - checkout_customer requires saveContinue=2 and checks salutation, names, e-mail and phone like
 *   add-order does; it logs the token in (login_status "true", guest_id, login_email).
 * - The payment list is the docs' 2016 sandbox list plus deposit (id 8), which this sandbox pays.
 */
import { fail, ok, param, say, type EndpointContext, type EndpointHandler } from "../http/context.js";
import { ADULT_TITLES } from "../flights/required-fields.js";
import { requireCart } from "./cart-access.js";
import { validEmail, validPhone } from "./passenger-validation.js";

export const checkoutPage: EndpointHandler = (ctx) => {
  const cart = requireCart(ctx);
  if (!cart.ok) return cart.reply;
  if (ctx.pathParams.order_id !== cart.order.orderId) {
    return fail(ctx, 201, say(ctx, "Order not found", "Pesanan tidak ditemukan"));
  }
  if ((ctx.pathParams.currency ?? "").toUpperCase() !== "IDR") {
    return fail(ctx, 201, say(ctx, "Currency must be IDR", "Mata uang harus IDR"));
  }
  if (ctx.session) ctx.session.checkoutPageDone = true;
  return ok(ctx, { next_checkout_uri: `${ctx.origin}/checkout/checkout_customer` });
};

export const checkoutCustomer: EndpointHandler = (ctx) => {
  const cart = requireCart(ctx);
  if (!cart.ok) return cart.reply;
  const session = ctx.session;
  if (!session?.checkoutPageDone) {
    return fail(ctx, 201, say(ctx, "Request the checkout page first", "Lakukan checkout pesanan terlebih dahulu"));
  }
  const problem = customerProblem(ctx);
  if (problem) return fail(ctx, 201, problem);
  const email = param(ctx, "emailAddress");
  cart.order.customer = {
    salutation: param(ctx, "salutation").replace(/\.$/, ""),
    firstName: param(ctx, "firstName"),
    lastName: param(ctx, "lastName"),
    email,
    phone: param(ctx, "phone"),
  };
  session.loggedIn = true;
  session.guestId ??= ctx.state.nextId("guest");
  session.loginEmail = email;
  return ok(ctx, { user_account: { username: email } });
};

function customerProblem(ctx: EndpointContext): string | undefined {
  const salutation = param(ctx, "salutation").replace(/\.$/, "");
  if (!(ADULT_TITLES as readonly string[]).includes(salutation)) return `salutation: ${ADULT_TITLES.join(", ")}`;
  for (const key of ["firstName", "lastName"]) {
    if (!/^[A-Za-z][A-Za-z .'-]{0,49}$/.test(param(ctx, key))) return `${key}: ${say(ctx, "invalid name", "nama tidak valid")}`;
  }
  if (!validEmail(param(ctx, "emailAddress"))) return `emailAddress: ${say(ctx, "invalid email address", "alamat email tidak valid")}`;
  if (!validPhone(ctx.params.phone ?? "")) return `phone: ${say(ctx, "invalid phone number", "nomor telepon tidak valid")}`;
  if (param(ctx, "saveContinue") !== "2") return "saveContinue: 2";
  return undefined;
}

export const PG_PAYMENTS: Record<number, string> = { 1: "creditcard", 4: "klikpay", 31: "cimbclicks", 33: "epaybri" };

export const paymentList: EndpointHandler = (ctx) => {
  const cart = requireCart(ctx);
  if (!cart.ok) return cart.reply;
  if (!cart.order.customer) {
    return fail(ctx, 201, say(ctx, "Fill in the customer first (checkout_customer)", "Isi data pemesan terlebih dahulu (checkout_customer)"));
  }
  const api = (id: number) => `${ctx.origin}/checkout/checkout_payment/${id}`;
  const pg = (id: number) => `http://sandbox.tiket.com/payment/checkout_payment?payment_type=${id}`;
  const entry = (link: string, text: string, type: string, message = "") => ({ link, text, message, type });
  return ok(ctx, {
    available_payment: [
      entry(api(8), "Deposit", "deposit"),
      entry(pg(1), "Kartu Kredit", "creditcard"),
      entry(api(35), "ATM Transfer", "jatis"),
      entry(pg(31), "CIMB Clicks", "cimbclicks"),
      entry(api(3), "KlikBCA", "klikbca"),
      entry(api(39), "ATM BCA", "rintis"),
      entry(api(34), "Mandiri Clickpay", "mandiri_clickpay", "Hanya tersedia di production"),
      entry("#", "Transfer Online and M-Banking", "banktransfer", "Metode ini akan dihentikan"),
      entry(pg(33), "ePay BRI", "epaybri", "Hanya tersedia di production"),
      entry(pg(4), "BCA KlikPay", "klikpay"),
    ],
  });
};
