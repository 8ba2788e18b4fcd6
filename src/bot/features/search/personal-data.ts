import { InlineKeyboard } from "grammy";
import type { PassengerInput, PassengerRequirements } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { topicOf } from "../../../telegram/topic-thread.js";
import { askAgain, GoBack, say, stale, type Convo, type Parsed } from "./ask.js";
import { cb } from "./callback-data.js";
import { contactOnly, privateDetailsAwaited } from "./contact-aside.js";

export const PERSONAL_DATA_START = "pd_";

/**
 * Group side of the hand-off: a deep link opens the private chat where the member types birth dates
 * and passports; the group flow waits for "Continue" and then reads what was given privately.
 *
 * `review`: back here with every detail already given (back from the contact). The prompt says they
 * were received; Continue keeps them, the link changes them privately, and "back" goes to the name.
 *
 * Only the prompt the flow waits at has a live link: once the flow moves away from it (back, or
 * Continue taken) its request is closed, and the link then asks and stores nothing.
 */
export async function collectInPrivate(conversation: Convo, ctx: ConvoContext, passengers: PassengerInput[], needs: PassengerRequirements, flightDate: string, review = false): Promise<{ value: PassengerInput[]; ctx: ConvoContext }> {
  const anchor = ctx.message?.message_id ?? ctx.callbackQuery?.message?.reply_to_message?.message_id;
  const groupChatId = ctx.chat!.id;
  const userId = ctx.from!.id;
  const threadId = topicOf(ctx.msg)?.threadId;
  const token = await conversation.external((outer) =>
    outer.deps.personalData.create({ groupChatId, userId, anchor, threadId, flightDate, needs, passengers, review }),
  );
  const link = `https://t.me/${ctx.me.username}?start=${PERSONAL_DATA_START}${token}`;
  const kb = new InlineKeyboard().url(ctx.t(review ? "pd-change-private" : "pd-open-private"), link).row().text(ctx.t("pd-continue"), cb.choice("pd", "done"));
  const given = passengers.filter((p) => p.birthDate || p.idNumber || p.passport).map((p) => escapeHtml(`${p.title} ${p.fullName}`)).join(", ");
  const promptId = await say(conversation, ctx, review ? ctx.t("pd-group-review", { names: given }) : ctx.t("pd-group-prompt"), kb);
  const close = () => conversation.external((outer) => outer.deps.personalData.close(token));
  // The customer's e-mail or phone typed here is kept for the contact question (contact-aside.ts), a phone alone
  // too; typed without a reply in a group that shows the bot every message, it is still meant for the booking (`heard`).
  privateDetailsAwaited(conversation, true);
  try {
    const r = await askAgain(conversation, ctx, promptId, async (a): Promise<Parsed<PassengerInput[]>> => {
      if (a.kind === "text") {
        // Typed in the group once the details are in (an e-mail, "ok"): what's left is Continue.
        const request = await conversation.external((outer) => outer.deps.personalData.get(token));
        const next = ctx.t(request?.done ? "pd-tap-continue" : "pd-use-private");
        // The contact kept is the customer's personal data, now in the group's history: its sender may delete it.
        return { ok: false, hint: contactOnly(a.text) ? `${ctx.t("pd-contact-deletable")}\n${next}` : next };
      }
      if (a.data !== cb.choice("pd", "done")) return stale(ctx);
      const request = await conversation.external((outer) => outer.deps.personalData.get(token));
      if (!request || request.closed) return { ok: false, hint: ctx.t("pd-expired") };
      return request.done || request.review ? { ok: true, value: request.passengers } : { ok: false, toast: ctx.t("pd-not-yet") };
    }, { heard: contactOnly });
    await close();
    return { value: r.value, ctx: r.ctx };
  } catch (e) {
    if (e instanceof GoBack) await close();
    throw e;
  } finally {
    privateDetailsAwaited(conversation, false);
  }
}
