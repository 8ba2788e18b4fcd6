import { GrammyError, InlineKeyboard } from "grammy";
import type { BotContext, ConvoContext } from "../../context.js";
import type { PersonalDataRequest } from "../../../store/personal-data-requests.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { Actor } from "../../../services/access-policy.js";
import { groupStanding } from "../../actor.js";
import { allowBack, GoBack, onTimeout, say, type Convo } from "./ask.js";
import { cb } from "./callback-data.js";
import { topicPost } from "../../../telegram/topic-fallback.js";
import { askPersonalDetails, hasPersonalDetails, needsPersonalDetails } from "./personal-details.js";
import { holders } from "../../../domain/document-holders.js";

export const PERSONAL_DATA_CONVERSATION = "personal-data";

/**
 * Private side of the hand-off: asks each passenger's personal details, then tells the group. Only
 * the passengers still lacking them are asked (a passenger renamed in the group; the others' kept).
 * A review request (back from the contact in the group) starts at the last question, each answer
 * kept until asked again. A request the group flow has left asks and stores nothing, and so does one
 * whose questions here timed out.
 */
export async function personalDataConversation(conversation: Convo, ctx: ConvoContext, token: string): Promise<void> {
  allowBack(conversation);
  // Timed out here, the group flow waiting for these details has timed out too (its clock started no
  // later, unless the member acted there meanwhile): the link goes dead, so opening it again can't ask
  // everything for a booking that stopped; Continue in the group then says the booking stopped.
  onTimeout(conversation, (outer) => outer.deps.personalData.close(token, "stopped"));
  const request = await conversation.external((outer) => outer.deps.personalData.get(token));
  if (!request || request.userId !== ctx.from?.id) return void (await say(conversation, ctx, ctx.t("pd-expired")));
  if (request.done) return void (await say(conversation, ctx, ctx.t("pd-already")));
  if (request.closed) return void (await say(conversation, ctx, ctx.t(closedKey(request))));
  const passengers = [...request.passengers];
  const asked = passengers.flatMap((p, i) => (needsPersonalDetails(p.type, request.needs) && (request.review || !hasPersonalDetails(p, request.needs)) ? [i] : []));
  await say(conversation, ctx, ctx.t(request.review ? "pd-private-review-intro" : "pd-private-intro", { count: asked.length }));
  // The group may have gone back from this request's prompt while its questions are answered here.
  const stillOpen = () => conversation.external(async (outer) => !((await outer.deps.personalData.get(token))?.closed ?? true));
  // Read only where the flow ends (nothing replays after it): why the link closed, for the words to say.
  const closedNotice = async () => ctx.t(closedKey(await conversation.external((outer) => outer.deps.personalData.get(token))));
  // "kembali" goes one question back, to the passenger before when at someone's first; names are the group's.
  let k = request.review ? asked.length - 1 : 0;
  let fromLast = request.review;
  while (k < asked.length) {
    const i = asked[k]!;
    try {
      // A passenger kept from another flight of the booking is asked only what this one asks that they lack.
      const onlyMissing = !request.review && !fromLast;
      const r = await askPersonalDetails(conversation, ctx, passengers[i]!, request.needs, request.flightDate, fromLast, true, undefined, holders(passengers, i), onlyMissing);
      passengers[i] = r.value;
      ctx = r.ctx;
      k += 1;
      fromLast = false;
      if (k < asked.length && !(await stillOpen())) return void (await say(conversation, ctx, await closedNotice()));
    } catch (e) {
      if (!(e instanceof GoBack)) throw e;
      ctx = e.ctx;
      // Back from someone's first question: the passenger before, at their last one.
      fromLast = k > 0;
      if (k > 0) k -= 1;
      else await say(conversation, ctx, ctx.t("pd-back-first"));
    }
  }
  const names = asked.map((i) => escapeHtml(`${passengers[i]!.title} ${passengers[i]!.fullName}`)).join(", ");
  const posted = await conversation.external(async (outer) => {
    // Removed from the group while answering here: nothing is stored and the group is told nothing (a
    // button there she can no longer use); she hears what a stopped booking says. The link itself is
    // answered so before anything is asked (personal-data-link.ts).
    if (await outer.deps.access.outsider(memberOf(outer, request))) return "outside" as const;
    if (!(await outer.deps.personalData.complete(token, passengers))) return "closed" as const;
    // Back in the group: a notice in the member's thread with the button that continues their booking,
    // in the group's language when its admins set one (this chat's language otherwise, as the group flow had).
    const groupLocale = (await outer.deps.chatSettings.get(request.groupChatId)).locale;
    if (groupLocale) outer.i18n.useLocale(groupLocale);
    // In the flow's forum topic (a reply alone lands there only while the anchor exists); in General when
    // that topic was deleted or closed meanwhile (nothing to forget: the request ends here).
    const post = topicPost(request.threadId, async () => undefined);
    try {
      await post(({ threadId, reply }) => outer.api.sendMessage(request.groupChatId, outer.t("pd-group-received", { names }), {
        parse_mode: "HTML",
        message_thread_id: threadId,
        reply_markup: new InlineKeyboard().text(outer.t("pd-continue"), cb.choice("pd", "done")),
        reply_parameters: reply && request.anchor ? { message_id: request.anchor, allow_sending_without_reply: true } : undefined,
      }));
      return true;
    } catch (e) {
      // Removed from the group (403), or the group is gone or upgraded (400): the details are kept, and
      // the member is told where things stand instead of "something went wrong".
      if (e instanceof GrammyError && (e.error_code === 403 || e.error_code === 400)) return false;
      throw e;
    }
  });
  if (posted === "outside") return void (await say(conversation, ctx, ctx.t("pd-stopped")));
  await say(conversation, ctx, posted === "closed" ? await closedNotice() : ctx.t(posted ? "pd-private-done" : "pd-private-group-gone"));
}

/** The member booking, in the link's group: where she stands there now is asked of Telegram. */
function memberOf(outer: BotContext, request: PersonalDataRequest): Actor {
  return { userId: request.userId, chat: { id: request.groupChatId, type: "supergroup" }, standing: () => groupStanding(outer.api, request.groupChatId, request.userId) };
}

/**
 * A closed link: the group flow stopped (timed out, /batal, a new search) — start again there — or it
 * only moved on from this step, whose newer 🔒 message has the live link. Gone from Redis: stopped too.
 */
function closedKey(request: PersonalDataRequest | undefined): string {
  return request?.closedBy === "moved" || (request?.closed && request.closedBy === undefined) ? "pd-closed" : "pd-stopped";
}
