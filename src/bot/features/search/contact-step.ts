import { InlineKeyboard } from "grammy";
import type { Contact } from "../../../domain/passenger.js";
import { emailAmong, parseContactAnswer, parsePhone, phoneFromContact } from "../../../domain/contact-input.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { maskedEmail, maskedPhone } from "../../../presenters/format.js";
import { ask, GoBack, say, stale, type Convo, type Parsed } from "./ask.js";
import { cb, parseChoice } from "./callback-data.js";
import { searchChangeHint } from "./search-change-hint.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/** An e-mail and/or phone typed as one answer ("agen@x.com 0812…", "wa 0812…"), when it holds either. */
function typedContact(text: string): Parsed<{ email?: string; phone?: string }> | undefined {
  const v = parseContactAnswer(text);
  return v.email || v.phone ? { ok: true, value: v } : undefined;
}

const inGroup = (ctx: ConvoContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/** An e-mail typed among words that are no contact ("ani@gmail.com buat besok"): named back (masked in a group) and asked about, never dropped unsaid. */
function emailUnsure(ctx: ConvoContext, text: string): string | undefined {
  const email = emailAmong(text);
  return email ? ctx.t("contact-email-unsure", { email: escapeHtml(inGroup(ctx) ? maskedEmail(email) : email) }) : undefined;
}

/**
 * Contact e-mail and phone, offering the last contact used in this chat. "Back" at the phone asks
 * the e-mail again, at the e-mail the offer; back from the first question leaves to the caller.
 * `customerOwn`: the provider opens an account for this e-mail and sends the e-ticket and schedule
 * changes there (tiket.com), so another customer's or the agency's contact is never offered.
 * `ahead`: what of the contact was typed with the passengers' answers (contact-aside.ts): not asked again.
 */
export async function askContact(conversation: Convo, ctx: ConvoContext, customerOwn = false, ahead?: Partial<Contact>): Step<Contact> {
  // The chat's last contact, else the default contact an admin set in /settings.
  const last = customerOwn
    ? undefined
    : await conversation.external(async (outer) =>
      outer.chat ? ((await outer.deps.contacts.last(outer.chat.id)) ?? (await outer.deps.chatSettings.get(outer.chat.id)).contact) : undefined,
    );
  let step: "offer" | "email" | "phone" = last ? "offer" : "email";
  let email = "";
  // A phone typed before the e-mail was asked (at the offer or the e-mail question): kept, not asked again.
  let phoneAhead: string | undefined;
  // Typed with a passenger's answers (`ahead`): the new contact, as if typed at the offer; only what is missing is asked.
  if (ahead?.email || ahead?.phone) {
    ({ email = "", phone: phoneAhead } = ahead);
    if (email && phoneAhead) return { value: { email, phone: phoneAhead }, ctx };
    step = email ? "phone" : "email";
  }
  for (;;) {
    try {
      if (step === "offer") {
        const kb = new InlineKeyboard().text(ctx.t("contact-use-last"), cb.choice("ct", "last")).text(ctx.t("contact-new"), cb.choice("ct", "new"));
        const choice = await ask(conversation, ctx, { text: ctx.t("contact-offer-last", { email: escapeHtml(inGroup(ctx) ? maskedEmail(last!.email) : last!.email), phone: escapeHtml(inGroup(ctx) ? maskedPhone(last!.phone) : last!.phone) }), keyboard: kb }, (a): Parsed<"last" | { email?: string; phone?: string }> => {
          // An e-mail or phone typed here is the new contact's first answer.
          if (a.kind === "text") return typedContact(a.text) ?? { ok: false, hint: emailUnsure(ctx, a.text) ?? searchChangeHint(ctx, a.text) ?? ctx.t("contact-use-buttons") };
          const v = parseChoice(a.data, "ct", ["last", "new"] as const);
          return v ? { ok: true, value: v === "last" ? "last" : {} } : stale(ctx);
        });
        if (choice.value === "last") return { value: last!, ctx: choice.ctx };
        ctx = choice.ctx;
        ({ email = "", phone: phoneAhead } = choice.value);
        step = email ? "phone" : "email";
        if (email && phoneAhead) return { value: { email, phone: phoneAhead }, ctx };
      } else if (step === "email") {
        const answer = await ask(conversation, ctx, { text: ctx.t(customerOwn ? "customer-contact-ask-email" : "contact-ask-email") }, (a): Parsed<{ email?: string; phone?: string }> => {
          const v = a.kind === "text" ? typedContact(a.text) : undefined;
          return v ?? (a.kind === "button" ? stale(ctx) : { ok: false, hint: emailUnsure(ctx, a.text) ?? searchChangeHint(ctx, a.text) ?? ctx.t("contact-email-invalid") });
        });
        ctx = answer.ctx;
        phoneAhead = answer.value.phone ?? phoneAhead;
        if (!answer.value.email) {
          await say(conversation, ctx, ctx.t("contact-phone-kept", { phone: escapeHtml(inGroup(ctx) ? maskedPhone(phoneAhead!) : phoneAhead!) }));
          continue;
        }
        email = answer.value.email;
        if (phoneAhead) return { value: { email, phone: phoneAhead }, ctx };
        step = "phone";
      } else {
        // A shared contact card answers too; foreign numbers are taken with their country code.
        const phone = await ask(conversation, ctx, { text: ctx.t("input-ask-phone") }, (a): Parsed<string> => {
          const v = a.kind === "text" ? (a.contact ? phoneFromContact(a.text) : parsePhone(a.text) ?? parseContactAnswer(a.text).phone) : undefined;
          return v ? { ok: true, value: v } : a.kind === "button" ? stale(ctx) : { ok: false, hint: searchChangeHint(ctx, a.text) ?? ctx.t("input-phone-invalid") };
        });
        return { value: { email, phone: phone.value }, ctx: phone.ctx };
      }
    } catch (e) {
      if (!(e instanceof GoBack)) throw e;
      if (step === "phone") step = "email";
      else if (step === "email" && last) step = "offer";
      else throw e;
      ctx = e.ctx;
    }
  }
}
