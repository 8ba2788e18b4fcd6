import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { Composer } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import { parseTravelDate } from "../../../domain/travel-date.js";
import type { BotContext } from "../../context.js";
import { BACK_WORD, MEDIA } from "./ask.js";
import { speakAsFlow } from "../../flow-i18n.js";
import { cb, parseResults } from "./callback-data.js";
import { DEFAULT_VIEW, drawResults, todayIn } from "./results-step.js";
import { asksCheaperThanListed } from "./list-wish.js";
import { flightsNearHour } from "../../../domain/flights-near-hour.js";
import { typedClockHour } from "../../../domain/results-time.js";
import { words } from "../../../domain/results-words.js";
import { pickStrict, pickTyped, typedNumber, typedView } from "./results-view.js";
import { directFlights } from "./direct-flights.js";
import { airlinesIn, applyView } from "../../../domain/offer-list.js";
import { readResultsRequest } from "../../../domain/results-request.js";
import { readTypedRequest } from "../../../domain/typed-request.js";
import { changeAtList, listParty, partyAtList, pastAtList, typedPartyAtList } from "./list-party.js";
import { listDayMonth } from "./list-day-month.js";
import { codeNotOnList, newSearchAtList, pageBaggage, routeChangeLine } from "./list-new-search.js";
import { asksBaggage } from "../../../domain/baggage-question.js";
import { cancelHeadline } from "../cancel-headline.js";
import { noSuchDayText } from "./no-such-day.js";
import { isStrictCancel } from "../../../domain/cancel-words.js";
import { soldOutIn } from "./sold-out-marks.js";
import { actorOf } from "../../actor.js";
import { withdrawConfirmations } from "../../../services/issue-request.js";
import type { SearchResume } from "./search-conversation.js";
import { BOOKING_CONVERSATION } from "./booking-conversation.js";
import { PERSONAL_DATA_CONVERSATION } from "./personal-data-conversation.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import { returnNote } from "./return-note.js";
import type { InlineKeyboardButton } from "grammy/types";
import { tappedCarries } from "../../tapped-keyboard.js";
import { keepForUndo, undoKeyboard, type KeptDetails } from "./undo-cancel.js";

/**
 * Entering a conversation from the results: the flow in progress (if any) gives way without a timeout notice.
 * `typed`: a whole new search typed at the list, run as `/cari <line>` would be (its checks and notes too).
 */
export type Enter = {
  search: (ctx: BotContext, resume: SearchResume) => Promise<void>;
  booking: (ctx: BotContext, sid: string, index: number, kept?: KeptDetails) => Promise<void>;
  typed: (ctx: BotContext, line: string) => Promise<void>;
};

/** Two taps on one flight this close together are one tap. */
const DOUBLE_TAP_MS = 5_000;

function isGroup(ctx: BotContext): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

/**
 * In a group an answer replies to the member's line; she may have deleted it meanwhile (a typo), and
 * Telegram refuses a reply to a message that is gone unless told to send it anyway.
 */
function replyingTo(ctx: BotContext, messageId: number | undefined): { message_id: number; allow_sending_without_reply: true } | undefined {
  return isGroup(ctx) && messageId !== undefined ? { message_id: messageId, allow_sending_without_reply: true } : undefined;
}

/**
 * The results list is no conversation: its buttons and what is typed at it act on the member's board
 * (search-cache.ts). A flight starts the booking conversation; another day or "back" starts the
 * search conversation again where it applies. Keeping the search short keeps its replay log small.
 */
export function resultsActions(enter: Enter): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();

  composer.callbackQuery(/^r:/, async (ctx) => {
    // Sent on a message with no list buttons (a booking card, a reminder): a forgery, whoever sends it.
    if (!tappedCarries(ctx, "r:")) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
    // Someone no longer in the group (his own list still on screen) is a stranger to it: what a made-up
    // button gets, and no search, page or booking that would post in the group.
    if (await ctx.deps.access.outsider(actorOf(ctx))) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
    const owner = ctx.callbackQuery.message?.reply_to_message?.from;
    if (owner && !owner.is_bot && owner.id !== ctx.from.id) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("button-not-yours-list", { name: owner.first_name }) }));
    }
    const board = ctx.chat ? await ctx.deps.searches.board(ctx.chat.id, ctx.from.id) : undefined;
    const action = board && parseResults(ctx.callbackQuery.data, board.sid);
    const entry = board && action && ctx.chat ? await ctx.deps.searches.get(board.sid, ctx.chat.id) : undefined;
    // The list is drawn again in the message tapped: only one carrying this list's own buttons (the list, a
    // timeout notice's way back), never a reminder or card the member's list id was sent on.
    if (!board || !action || !entry || !tappedCarries(ctx, cb.results(board.sid, ""))) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
    speakAsFlow(ctx, board.locale);
    if (action.kind === "offer") {
      if (!entry.offers[action.index]) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
      await ctx.answerCallbackQuery();
      // A hurried double tap opens the flight once (one price check, one quote); the list drawn again
      // (back from the quote) has no pick, so choosing the same flight again still works.
      const now = ctx.deps.now().getTime();
      if (board.picked?.index === action.index && now - board.picked.at < DOUBLE_TAP_MS) return;
      await ctx.deps.searches.setBoard(ctx.chat!.id, ctx.from.id, { ...board, picked: { index: action.index, at: now } });
      return enter.booking(ctx, board.sid, action.index);
    }
    if (action.kind === "day" || action.kind === "date") {
      const date = action.kind === "date" ? action.date : format(addDays(parseISO(entry.query.date), action.delta), "yyyy-MM-dd");
      const checked = parseTravelDate(date, todayIn(ctx.deps));
      if (!checked.ok) return void (await ctx.answerCallbackQuery({ text: ctx.t("nav-day-unavailable") }));
      await ctx.answerCallbackQuery();
      return enter.search(ctx, { ...entry.query, date: checked.date, step: "search" });
    }
    const view = { ...board.view };
    if (action.kind === "page") view.page = action.page;
    if (action.kind === "sort") Object.assign(view, { sort: action.sort, page: 0 });
    if (action.kind === "time") Object.assign(view, { time: action.time === "all" ? undefined : action.time, page: 0 });
    if (action.kind === "airline") Object.assign(view, { airline: action.code === "all" ? undefined : action.code, page: 0 });
    await ctx.answerCallbackQuery();
    await drawResults(ctx, board.sid, view, { messageId: ctx.callbackQuery.message?.message_id ?? board.messageId, airlineMenu: action.kind === "airlines" });
  });

  // /start or /help passed on by start.ts to a flow that did not take it (the list back on screen with
  // the passengers kept, which is what waits): the help is on screen, this says what is still open.
  composer.command(["start", "help", "bantuan"], async (ctx) => {
    const board = ctx.chat && ctx.from ? await ctx.deps.searches.board(ctx.chat.id, ctx.from.id) : undefined;
    if (!board) return;
    speakAsFlow(ctx, board.locale);
    await ctx.reply(ctx.t("flow-list-still-open"), { parse_mode: "HTML", reply_parameters: replyingTo(ctx, ctx.msg.message_id) });
  });

  // Typed at the results: a flight (code, number or place on the page, the cheapest, an airline's only
  // one), a filter (airline, time of day), direct flights, another page, date or party, "back" to the
  // party, or cancel; a day gone by or a party that can't fly is said so. Anything else gets a hint.
  composer.on("message:text", async (ctx, next) => {
    if (ctx.message.entities?.some((e) => e.type === "bot_command" && e.offset === 0)) return next();
    // In a group a reply to the bot (or a mention of it) is meant for it. With privacy mode off the bot
    // also sees the member's other messages: one that replies to nobody is read too, but only in the
    // strict forms chatter is not taken for (a number on the page, a flight code, a date with a date
    // word, "kembali", "batal"): "siang kak", "ok lanjut", "murah ya" stay hers. A reply to someone else is theirs.
    const reply = ctx.message.reply_to_message;
    const toBot = reply?.from?.id === ctx.me.id;
    const mention = ctx.me.username ? new RegExp(`@${ctx.me.username}\\b`, "gi") : undefined;
    const mentioned = isGroup(ctx) && mention !== undefined && mention.test(ctx.message.text);
    const loose = isGroup(ctx) && !toBot && !mentioned;
    // With privacy mode on the bot sees only replies to it and mentions: a mention from the member whose
    // list this is answers the list, as a reply to it would (her list is the one question she has here).
    if (isGroup(ctx) && !toBot && ((!ctx.me.can_read_all_group_messages && !mentioned) || (reply !== undefined && !reply.forum_topic_created))) return next();
    const board = await ctx.deps.searches.board(ctx.chat.id, ctx.from.id);
    const entry = board && (await ctx.deps.searches.get(board.sid, ctx.chat.id));
    if (!board || !entry) return next();
    const text = mentioned ? ctx.message.text.replace(mention, " ").trim() : ctx.message.text;
    if (text === "") return next();
    if (loose && !BACK_WORD.test(text)) {
      // Unreplied in a privacy-off group: only what chatter can't be mistaken for.
      const strict = pickStrict(text, entry, board.view);
      const request = readResultsRequest(text, { airlines: airlinesIn(entry.offers), today: todayIn(ctx.deps) });
      // A cancel only as "batal"/"cancel" alone: the rule of every question (cancel.ts), not "btl" or "batal aja".
      const plain = request?.kind === "date" || (request?.kind === "cancel" && isStrictCancel(text));
      if (strict === undefined && !plain) return next();
    }
    speakAsFlow(ctx, board.locale);
    const say = async (html: string, keyboard?: InlineKeyboardButton[][]) => {
      const sent = await ctx.reply(html, { parse_mode: "HTML", reply_markup: keyboard ? { inline_keyboard: keyboard } : undefined, reply_parameters: replyingTo(ctx, ctx.message.message_id) });
      if (isGroup(ctx)) await noteHint(ctx, board.sid, sent.message_id);
      return sent;
    };
    const answer = (key: string, vars?: Record<string, string | number>, keyboard?: InlineKeyboardButton[][]) => say(ctx.t(key, vars), keyboard);
    if (BACK_WORD.test(text)) return enter.search(ctx, { ...entry.query, step: "pax" });
    const soldOut = await soldOutIn(ctx.deps, ctx.chat.id, board.sid, entry);
    const request = readResultsRequest(text, { airlines: airlinesIn(entry.offers), today: todayIn(ctx.deps) }) ?? changeAtList(text, todayIn(ctx.deps));
    // "kok mahal", "ada yg lbh murah?": the list cheapest first, said so (as at the price card), no flight opened unasked.
    if (!loose && asksCheaperThanListed(text)) {
      await answer("list-wish-cheaper");
      await drawResults(ctx, board.sid, { ...DEFAULT_VIEW });
      return;
    }
    const index = pickTyped(text, entry, board.view, soldOut);
    // In a group the reply says which list is meant: a pick typed at an older list (another day's) is
    // not a pick of the newest one, whose flights differ.
    // A reply to the bot's own answer about this list (a hint sent under it) is a reply to the list.
    const olderList = isGroup(ctx) && toBot && reply.message_id !== board.messageId && !board.hints?.includes(reply.message_id);
    const placed = typedNumber(text) !== undefined || request?.kind === "place";
    if (olderList && (index !== undefined || placed)) {
      // Only a list (or question) of hers is an older list; a pick replying to another bot message (a notice,
      // a card) answers no question of hers, and is answered as such (unhandled.ts).
      const owner = await ctx.deps.messageOwners.ownerOf(ctx.chat.id, reply.message_id);
      if (owner?.id !== ctx.from.id) return next();
      return void (await answer("nav-results-old-list"));
    }
    if (index !== undefined) {
      // Noted like a tapped flight: a booking that times out offers this flight back (timeoutNotice).
      await ctx.deps.searches.setBoard(ctx.chat.id, ctx.from.id, { ...board, picked: { index, at: ctx.deps.now().getTime() } });
      return enter.booking(ctx, board.sid, index);
    }
    // A number past the list is a mistyped pick, not a day of the month to search instead.
    if (placed) {
      const shown = applyView(entry.offers, board.view).items.length;
      const n = typedNumber(text) ?? (request?.kind === "place" && request.place !== "last" ? request.place : shown + 1);
      return void (await answer("nav-results-no-number", { n, shown }));
    }
    // "cgk sub 21/12 1", "sub to kno next friday": a whole new search, as with no list open (the list replaced).
    // Never from a group's unaddressed chatter; a date or party the list reads alone is never one.
    const line = loose ? undefined : newSearchAtList(text);
    if (line !== undefined && (!request || request.kind === "date" || request.kind === "party" || request.kind === "return")) return enter.typed(ctx, line);
    // "ke lombok aja", "to lombok instead", "dari sub", "sub kno": the list's search on another route.
    const route = request || loose ? undefined : routeChangeLine(text, entry);
    if (route !== undefined) return enter.typed(ctx, route);
    if (!request) {
      if (loose) return next();
      // Read as the quick form and the date question read them, so "31/2" and "4 12" mean the same everywhere.
      const day = listDayMonth(text, todayIn(ctx.deps));
      if (day?.kind === "date") return enter.search(ctx, { ...entry.query, date: day.date, step: "search" });
      if (day?.kind === "past") return void (await pastAtList(ctx, board.sid, day.day, day.typed, todayIn(ctx.deps), say));
      if (day) return void (await say(noSuchDayText(ctx, day.day, text)));
      // "2+5", "1 dewasa 2 bayi": a whole party, as the party question reads it.
      const party = listParty(text);
      if (party) return typedPartyAtList(ctx, entry, party, text, say, (resume) => enter.search(ctx, resume));
      // "QG 625", a flight of an earlier list: not this one's, said with the list's route and day.
      const absent = codeNotOnList(ctx, entry, text, todayIn(ctx.deps));
      // A mention the list can't read that asks for something else ("@Bot saldo brp", "@Bot tiketnya mana?")
      // is that request (typed-requests.ts), as it is with no list open.
      if (!absent && mentioned && !toBot && isRequestOnItsOwn(text)) return next();
      // "bagasi brp kg?": each flight's baggage on this page (the list shows prices and times only).
      if (!absent && asksBaggage(text)) return void (await say(pageBaggage(ctx, applyView(entry.offers, board.view).items)));
      return void (await (absent ? say(absent) : answer("nav-results-typed")));
    }
    switch (request.kind) {
      case "cancel":
        return cancelAtResults(ctx);
      case "party": {
        // "+ bayi", "1 anak": added to the list's party, searched again if the whole party can fly.
        const cur = entry.query.pax;
        const pax = request.add ? { adult: cur.adult + request.pax.adult, child: cur.child + request.pax.child, infant: cur.infant + request.pax.infant } : request.pax;
        return partyAtList(ctx, entry, pax, say, (resume) => enter.search(ctx, resume));
      }
      case "sort":
        await drawResults(ctx, board.sid, { ...board.view, sort: request.sort, page: 0 });
        return;
      case "date":
        return enter.search(ctx, { ...entry.query, date: request.date, ...(request.time && { time: request.time }), step: "search" });
      case "return": {
        // "pulang tgl 28", "return on the 28th", "pp": only one way is searched, so the return is a second search,
        // said as with /cari (its day read, or said to come before this list's); this list stays for the outbound.
        const today = todayIn(ctx.deps);
        const route = { from: entry.query.from, to: entry.query.to };
        const note = returnNote(ctx.t.bind(ctx), localeOf(ctx), route, request.date, entry.query.date, today);
        const stays = ctx.t("results-return-list-stays", { from: route.from, to: route.to, date: escapeHtml(shortDate(entry.query.date, localeOf(ctx), today)) });
        await ctx.reply(`${note}\n${stays}`, { parse_mode: "HTML", reply_parameters: replyingTo(ctx, ctx.message.message_id) });
        return;
      }
      case "airline-absent": {
        const names = airlinesIn(entry.offers).map((a) => a.name).join(", ");
        return void (await answer("results-airline-absent", { airline: escapeHtml(request.name), airlines: escapeHtml(names) }));
      }
      case "page": {
        const { page, pages } = applyView(entry.offers, board.view);
        const to = request.to === "next" ? page + 1 : request.to === "previous" ? page - 1 : request.to - 1;
        if (to < 0 || to >= pages) {
          const key = pages === 1 ? "results-page-only" : typeof request.to === "number" ? "results-page-none" : to < 0 ? "results-page-first" : "results-page-last";
          return void (await answer(key, { pages }));
        }
        await drawResults(ctx, board.sid, { ...board.view, page: to });
        return;
      }
      case "filter": {
        if (request.direct || request.transit) return directFlights(ctx, board.sid, entry, board.view, soldOut, answer, request.transit === true);
        const typed = typedView(entry, board.view, request);
        // "yg paling murah" on a list filtered to nothing, or with every flight sold out.
        if (request.cheapest) return void (await answer("results-empty-filter"));
        const time = request.time && request.time !== "all" ? request.time : undefined;
        // "yg jam 8an" with nothing near 08:00: said so with the nearest times, before the part of the day is shown.
        const hour = time ? typedClockHour(words(text)) : undefined;
        if (hour !== undefined) {
          const near = flightsNearHour(entry.offers.filter((o) => !typed.view.airline || o.airlineCode === typed.view.airline), hour);
          if (!near.around) await answer("results-hour-none", { hour: `${String(hour).padStart(2, "0")}:00`, nearest: near.nearest.length > 0 ? near.nearest.join(", ") : "none" });
        }
        await drawResults(ctx, board.sid, time ? { ...typed.view, time: board.view.time } : typed.view, { time });
        return;
      }
    }
  });

  // A voice note, photo or sticker sent at the results: the same one-line hint as at any step.
  composer.on("message", async (ctx, next) => {
    const media = MEDIA.find((m) => ctx.message[m] !== undefined);
    if (!media || (isGroup(ctx) && ctx.message.reply_to_message?.from?.id !== ctx.me.id)) return next();
    if (!(await ctx.deps.searches.board(ctx.chat.id, ctx.from.id))) return next();
    await ctx.reply(ctx.t("nav-media", { kind: media }), { reply_parameters: replyingTo(ctx, ctx.message.message_id) });
  });

  return composer;
}

/** Words the typed-request reader takes for a request of their own (a balance, a booking's e-ticket), not an answer. */
function isRequestOnItsOwn(text: string): boolean {
  const request = readTypedRequest(text);
  return request !== undefined && request.kind !== "answer";
}

/** How many of the bot's answers about a list are remembered as its own (a reply to one is a reply to the list). */
const HINTS_KEPT = 5;

/** Notes an answer sent about the member's list (a hint under it), if that list is still the one on her board. */
async function noteHint(ctx: BotContext & { chat: { id: number }; from: { id: number } }, sid: string, messageId: number): Promise<void> {
  const board = await ctx.deps.searches.board(ctx.chat.id, ctx.from.id);
  if (!board || board.sid !== sid) return;
  await ctx.deps.searches.setBoard(ctx.chat.id, ctx.from.id, { ...board, hints: [...(board.hints ?? []), messageId].slice(-HINTS_KEPT) });
}

/**
 * Cancel typed at the results in words the cancel command's own reader leaves ("batalin", "gk jd"):
 * the same as /batal there — a booking waiting for another flight ends, the list is no longer read,
 * and any issue confirmation still on screen is withdrawn.
 */
async function cancelAtResults(ctx: BotContext): Promise<void> {
  if (!ctx.chat || !ctx.from) return;
  const undo = await keepForUndo(ctx);
  ctx.cancelling = true;
  await ctx.conversation.exitAll();
  ctx.cancelling = false;
  await ctx.deps.searches.clearBoard(ctx.chat.id, ctx.from.id);
  const withdrawn = await withdrawConfirmations(ctx.deps, actorOf(ctx));
  for (const w of withdrawn) await ctx.api.editMessageReplyMarkup(ctx.chat.id, w.messageId).catch(() => undefined);
  // In a group it names whose list ended, as /cancel does (cancel-headline.ts).
  const lines = [cancelHeadline(ctx, true), ...withdrawn.map((w) => ctx.t("issue-withdrawn", { code: w.code }))];
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: undo ? undoKeyboard(ctx.t.bind(ctx), undo) : undefined, reply_parameters: replyingTo(ctx, ctx.message?.message_id) });
}

/**
 * The one reply to an answer that came after its flow had timed out (ask.ts `waitInTime`, sent from the
 * conversations' exit hook): what stopped, that the message was not used, and one tap back — the
 * flight being booked (opened afresh: price and seats checked again), the list it came from, or the
 * same search run again. Without a list still stored, /cari is the way back.
 */
export async function timeoutNotice(ctx: BotContext, flow: string, minutes: number): Promise<void> {
  if (!ctx.chat || !ctx.from) return;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  const details = flow === PERSONAL_DATA_CONVERSATION;
  const board = details ? undefined : await ctx.deps.searches.board(ctx.chat.id, ctx.from.id);
  const entry = board && (await ctx.deps.searches.get(board.sid, ctx.chat.id));
  if (board) speakAsFlow(ctx, board.locale);
  const offer = flow === BOOKING_CONVERSATION && board?.picked ? entry?.offers[board.picked.index] : undefined;
  const lines: string[] = [];
  const rows: InlineKeyboardButton[][] = [];
  if (details) lines.push(ctx.t("flow-timeout-details", { minutes }));
  else if (offer) lines.push(ctx.t("flow-timeout-booking-flight", { minutes, flight: escapeHtml(offer.flightCode) }));
  else lines.push(ctx.t(flow === BOOKING_CONVERSATION ? "flow-timeout-booking" : "flow-timeout-search", { minutes }));
  if (board && entry) {
    const route = `${entry.query.from} → ${entry.query.to}`;
    const date = shortDate(entry.query.date, localeOf(ctx), todayIn(ctx.deps));
    lines.push(ctx.t("flow-timeout-list", { route, date: escapeHtml(date) }));
    if (offer) rows.push([{ text: ctx.t("flow-resume-flight", { flight: offer.flightCode }), callback_data: cb.results(board.sid, `o:${board.picked!.index}`) }]);
    rows.push([
      { text: ctx.t("flow-resume-list"), callback_data: cb.results(board.sid, `p:${board.view.page}`) },
      { text: ctx.t("flow-resume-search"), callback_data: cb.results(board.sid, "d:0") },
    ]);
    // The flight offered back is a fresh tap, not the second half of a double tap.
    if (board.picked) await ctx.deps.searches.setBoard(ctx.chat.id, ctx.from.id, { ...board, picked: undefined });
  } else if (!details) {
    lines.push(ctx.t("flow-timeout-restart"));
  }
  const anchor = ctx.message?.message_id ?? ctx.editedMessage?.message_id ?? ctx.callbackQuery?.message?.reply_to_message?.message_id;
  await ctx.reply(lines.join("\n"), {
    parse_mode: "HTML",
    reply_markup: rows.length > 0 ? { inline_keyboard: rows } : undefined,
    // In groups the notice replies to the member: its buttons are theirs (results buttons check that).
    reply_parameters: replyingTo(ctx, anchor),
  });
}
