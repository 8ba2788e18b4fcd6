import { LeanComposer } from "../../lean-composer.js";
import { parseEmail, parsePhone } from "../../../domain/contact-input.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { isGroup, mayChange, refusedSettingsTap } from "./may-change.js";
import { agencySettings, agencySubcommand } from "./agency-settings.js";
import { settingsAccount } from "../account/group-link.js";
import { REMINDER_PRESETS } from "./settings-view.js";
import { settingsPanel } from "./settings-panel.js";
import { memberNamed, namedIn } from "./seen-members.js";
import { groupStanding } from "../../actor.js";
import { isPerson } from "../../message-sender.js";
import { allowIssuer, disallowIssuer, type IssuerListOutcome } from "../../../services/issuer-list.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { SETTINGS_BUTTONS, tappedCarries } from "../../tapped-keyboard.js";

export const settingsFeature = new LeanComposer<BotContext>();
settingsFeature.use(agencySettings);

settingsFeature.command(["settings", "pengaturan"], async (ctx) => {
  if (!(await mayChange(ctx))) return void (await ctx.reply(ctx.t("settings-admins-only"), { parse_mode: "HTML" }));
  const [sub, ...rest] = ctx.match.trim().split(/\s+/);
  if (sub === "account" || sub === "akun") return void (await settingsAccount(ctx, rest[0]));
  if (await agencySubcommand(ctx, sub ?? "")) return;
  if (sub === "contact" || sub === "kontak") {
    const email = parseEmail(rest[0] ?? "");
    const phone = parsePhone(rest.slice(1).join(""));
    if (!email || !phone) return void (await ctx.reply(ctx.t("settings-contact-usage"), { parse_mode: "HTML" }));
    await ctx.deps.chatSettings.update(ctx.chat.id, (s) => ({ ...s, contact: { email, phone } }));
  }
  const settings = await ctx.deps.chatSettings.get(ctx.chat.id);
  // A word it doesn't know is said, not silently turned into the panel.
  const unknown = sub && sub !== "contact" && sub !== "kontak" ? `${ctx.t("settings-unknown-sub", { sub: escapeHtml(shortQuote(sub, 30)) })}\n\n` : "";
  const panel = await settingsPanel(ctx, settings);
  await ctx.reply(unknown + panel.text, { parse_mode: "HTML", reply_markup: panel.keyboard });
});

settingsFeature.callbackQuery(/^st:(iss|lang|rem):(admins|list|everyone|id|en|std|short|off)$/, async (ctx) => {
  if (await refusedSettingsTap(ctx)) return;
  // The panel is redrawn in the message tapped: only a settings panel's own buttons.
  if (!tappedCarries(ctx, ...SETTINGS_BUTTONS)) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  const [, what, value] = ctx.match as [string, string, string];
  // Who spends is a group's rule; a private chat has none to change (its owner, or the operator's issuers).
  if (what === "iss" && !isGroup(ctx)) return void (await ctx.answerCallbackQuery({ text: ctx.t("settings-issuers-private-toast"), show_alert: true }));
  const settings = await ctx.deps.chatSettings.update(ctx.chat!.id, (s) => {
    if (what === "iss") return { ...s, issuers: value as "admins" | "list" | "everyone" };
    if (what === "lang") return { ...s, locale: value as "id" | "en" };
    return { ...s, reminderOffsetsMs: [...REMINDER_PRESETS[value as keyof typeof REMINDER_PRESETS]] };
  });
  if (what === "lang") ctx.i18n.useLocale(value);
  await ctx.answerCallbackQuery({ text: ctx.t("settings-saved") });
  const panel = await settingsPanel(ctx, settings);
  await ctx.editMessageText(panel.text, { parse_mode: "HTML", reply_markup: panel.keyboard }).catch(() => undefined);
});

/**
 * Replying to a member's message with /allow (or /disallow) edits the list of people who may issue; so
 * does naming her, `/allow @ani`, when the bot has seen her here (seen-members.ts). Either way Telegram
 * is asked now whether she is still in the group: someone who left is not put on its list. The answer
 * says what changed (someone already on the list, or already off it, is said to be so) and, where the
 * group's rule lets her spend whatever the list says, that too (services/issuer-list.ts).
 */
settingsFeature.command(["allow", "izinkan", "disallow", "cabut"], async (ctx) => {
  const command = ctx.message!.text!.slice(1).split(/[\s@]/)[0]!;
  const replied = ctx.message?.reply_to_message;
  // In a forum topic every message "replies" to the topic's creation: that names its creator, not a choice.
  // A post sent as a channel or the group, or forwarded from the linked channel, is nobody's own: its
  // sender is a Telegram account every such post shares, which would let all of them spend.
  const repliedTo = replied?.from && !replied.forum_topic_created && isPerson(replied.from, replied.sender_chat) ? replied.from : undefined;
  // A name typed with the command is the admin's explicit choice, over the message it replies to.
  const named = isGroup(ctx) ? namedIn(ctx) : undefined;
  if (!isGroup(ctx) || (!repliedTo && !named)) return void (await ctx.reply(ctx.t("settings-allow-usage"), { parse_mode: "HTML" }));
  if (!(await mayChange(ctx))) return void (await ctx.reply(ctx.t("settings-admins-only"), { parse_mode: "HTML" }));
  const target = named ? await memberNamed(ctx, named) : { user: repliedTo!, standing: await groupStanding(ctx.api, ctx.chat.id, repliedTo!.id) };
  const answer = { parse_mode: "HTML" as const, reply_parameters: { message_id: ctx.message!.message_id, allow_sending_without_reply: true } };
  if (!target) {
    const username = named && "username" in named ? `@${named.username}` : "";
    return void (await ctx.reply(ctx.t("settings-allow-unknown-name", { username: escapeHtml(username.slice(0, 40)), command: `/${command}` }), answer));
  }
  const name = escapeHtml(target.user.first_name);
  const member = { id: target.user.id, standing: target.standing };
  const allow = ["allow", "izinkan"].includes(command);
  const outcome = allow ? await allowIssuer(ctx.deps, ctx.chat, member) : await disallowIssuer(ctx.deps, ctx.chat, member);
  // Someone Telegram says is not in the group (left, removed): said so, not put on its list.
  if (outcome.kind === "not_member") return void (await ctx.reply(ctx.t("settings-allow-not-member", { name }), answer));
  await ctx.reply(issuerListAnswer(ctx, outcome, name), { parse_mode: "HTML" });
});

/** What the list now says of her, and why she may still spend here when the group's rule lets her. */
function issuerListAnswer(ctx: BotContext, outcome: Exclude<IssuerListOutcome, { kind: "not_member" }>, name: string): string {
  const { kind, wasListed, offList } = outcome;
  if (!offList) {
    const key = kind === "allowed" ? (wasListed ? "settings-allowed-already" : "settings-allowed") : wasListed ? "settings-disallowed" : "settings-disallowed-already";
    return ctx.t(key, { name });
  }
  // She may spend here whatever the list says: "may no longer" (or "may now") would not be so.
  if (kind === "allowed" && wasListed) return ctx.t("settings-allowed-already", { name });
  const head = kind === "allowed" ? "settings-allowed-on-list" : wasListed ? "settings-disallowed-off-list" : "settings-disallowed-already";
  return `${ctx.t(head, { name })}\n${ctx.t(`settings-issuer-off-list-${offList}`, { name })}`;
}
