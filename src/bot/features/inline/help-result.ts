import type { InlineQueryResultArticle, InlineQueryResultsButton } from "grammy/types";
import type { BotContext } from "../../context.js";

/** Deep link payload of the "open the bot" button; /start answers it with the usual help. */
const HELP_START_PARAMETER = "inline-help";

/** Telegram shows plain text in titles and descriptions: HTML messages are reduced to their text. */
export function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&amp;/g, "&");
}

/** Sent when someone picks a help or "not found" result: how to use the bot inline, not an error. */
export function helpMessage(ctx: BotContext): string {
  return ctx.t("inline-help-message", { bot: ctx.me.username });
}

export function helpButton(ctx: BotContext): InlineQueryResultsButton {
  return { text: ctx.t("inline-help-button"), start_parameter: HELP_START_PARAMETER };
}

/** One article explaining the format, titled with what was wrong (or the general help). */
export function helpArticle(ctx: BotContext, title = ctx.t("inline-help-title"), description = ctx.t("inline-help-description")): InlineQueryResultArticle {
  return {
    type: "article",
    id: "help",
    title,
    description,
    input_message_content: { message_text: helpMessage(ctx), parse_mode: "HTML" },
  };
}
