import { clip, escapeHtml } from "../../../presenters/html.js";
import type { BotContext } from "../../context.js";

/**
 * What a member is told when tapping (or, by a race, paying through) a colleague's issue confirmation: whose it
 * is, by name, as a typed reply to it is told (foreign-replies.ts). "Only the person who asked" misled the booker
 * who had asked an issuer for it: the confirmation is the issuer's, whose tap made it. Its owner was noted when it
 * was posted; unknown (gone from Redis), the old unnamed line.
 */
export async function notYourConfirmationText(ctx: BotContext, html = false): Promise<string> {
  const tapped = ctx.callbackQuery?.message;
  const owner = tapped && ctx.chat ? await ctx.deps.messageOwners.ownerOf(ctx.chat.id, tapped.message_id) : undefined;
  if (!owner || owner.id === ctx.from?.id) return ctx.t("issue-not-yours-unnamed");
  const name = clip(owner.name, 40);
  return ctx.t("issue-not-yours", { name: html ? escapeHtml(name) : name });
}
