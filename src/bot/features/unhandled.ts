import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { addressedToBot } from "./search/ask.js";

export const unhandledFeature = new LeanComposer<BotContext>();

/** Blank spacers and labels in keyboards (a page number, a weekday): they do nothing, and say nothing. */
unhandledFeature.callbackQuery("c:noop", (ctx) => ctx.answerCallbackQuery());

/** Buttons of another member's flow, or of a finished one: say so instead of a silent spinner. */
unhandledFeature.on("callback_query:data", (ctx) => answerUnknownTap(ctx));

/**
 * What a button nobody handles is answered with. Also what a real button says to someone it must not
 * tell it is real (a member removed from the group tapping its settings panel): the same words.
 */
export async function answerUnknownTap(ctx: BotContext): Promise<void> {
  const owner = ctx.callbackQuery?.message?.reply_to_message?.from;
  if (owner && !owner.is_bot && owner.id !== ctx.from?.id) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("button-not-yours", { name: owner.first_name }) }));
  }
  await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
}

unhandledFeature.on("message:text", async (ctx) => {
  if (ctx.chat.type === "private") return void (await ctx.reply(ctx.t("unhandled"), { parse_mode: "HTML" }));
  // In groups chatter stays chatter; a message addressed to the bot (a mention, or a reply to one of its
  // messages whose question is closed or is another member's) gets the way in instead of silence.
  const mentioned = ctx.me.username !== undefined && ctx.message.text.toLowerCase().includes(`@${ctx.me.username.toLowerCase()}`);
  const replied = ctx.message.reply_to_message?.from?.id === ctx.me.id;
  if (mentioned || replied) {
    // A reply to one of its questions (closed since) answers none still open; a mention says so only when
    // one of the member's questions is open, else it gets just the way in.
    const asking = Object.keys(await ctx.conversation.active()).length > 0;
    const open = replied || asking;
    // No question open but a list of hers is (a reply elsewhere, or a mention): that list is what she can
    // answer, so the hint replies to it.
    const board = asking ? undefined : await ctx.deps.searches.board(ctx.chat.id, ctx.from.id);
    if (board) {
      const sent = await ctx.reply(ctx.t("unhandled-group-list"), { parse_mode: "HTML", reply_parameters: { message_id: board.messageId } }).catch(() => undefined);
      if (sent) return;
    }
    await ctx.reply(ctx.t(open ? "unhandled-group" : "unhandled"), { parse_mode: "HTML", reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } });
  }
});

/**
 * An edited message outside any open question (an open one says so itself, search/ask.ts): the agent who
 * fixed a typo in a party count or a name must not believe the bot took the correction. In groups only
 * an edit replying to or mentioning the bot, like any other line there.
 */
unhandledFeature.on("edited_message:text", async (ctx) => {
  if (!addressedToBot(ctx)) return;
  await ctx.reply(ctx.t("edit-ignored"), { reply_parameters: { message_id: ctx.editedMessage.message_id, allow_sending_without_reply: true } });
});

/** In a private chat, a sticker, photo or voice note outside any question gets the same way in as text. */
unhandledFeature.chatType("private").on(
  ["message:sticker", "message:photo", "message:video", "message:voice", "message:audio", "message:document", "message:animation", "message:video_note", "message:location", "message:contact"],
  async (ctx) => void (await ctx.reply(ctx.t("unhandled"), { parse_mode: "HTML" })),
);
