import { LeanComposer } from "../../lean-composer.js";
import type { BotContext } from "../../context.js";
import { accountFlow, startFlow } from "./account-flow.js";
import { accountText } from "./account-view.js";
import { deleteSecret, linkedAccounts, privateChatButton } from "./linked.js";
import { typedAccountCommand } from "./typed-command.js";
import { announceLoginEnded } from "../../link-ended-notice.js";
import { ownerLeavesFeature } from "./owner-leaves.js";

/**
 * /login, /resetpassword, /logout, /account. Registered before every other feature: the flow
 * middleware must see a password before anything else could echo or keep it, /cancel must end a
 * flow, and `/start login` (the deep link from a group) must start one. A group's upgrade to a
 * supergroup carries its account link along with the rest of its data (services/group-upgrade.ts).
 */
export const accountFeature = new LeanComposer<BotContext>();

accountFeature.use(accountFlow);
// A group stops spending the deposit of a member who left it (before the chat lifecycle's own handling).
accountFeature.use(ownerLeavesFeature);

/**
 * `typed`: the words after the command ("/login joko Rahasia-77", from an agent who thinks /login takes
 * both). They may be the password, so their message is deleted before anything else (deleteSecret: when
 * it can't be, the person is told, in a group also to change the password). The password is never taken
 * from there — it is asked again, as its own message — but in a private chat a username followed by more
 * words answers the username question. A lone word may be either, so it answers nothing.
 */
async function begin(ctx: BotContext, kind: "login" | "reset", typed = ""): Promise<void> {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length > 0) await deleteSecret(ctx);
  const accounts = linkedAccounts(ctx);
  if (ctx.chat?.type !== "private") {
    const button = privateChatButton(ctx, kind === "login" ? "login" : "resetpassword");
    return void (await ctx.reply(ctx.t("account-private-only"), { parse_mode: "HTML", reply_markup: button }));
  }
  if (!accounts?.store) return void (await ctx.reply(ctx.t("account-key-missing"), { parse_mode: "HTML" }));
  if (!accounts.canLink) return void (await ctx.reply(ctx.t("account-no-mmbc"), { parse_mode: "HTML" }));
  // Over the limit of tries already: said now, before a question whose answers couldn't be sent anyway.
  const wait = await ctx.deps.limits.waitFor("accountAttempt", ctx.from!.id);
  if (wait > 0) return void (await ctx.reply(ctx.t("account-too-many-tries", { minutes: Math.ceil(wait / 60) }), { parse_mode: "HTML" }));
  await startFlow(ctx, accounts, kind, words.length > 1 ? words[0] : undefined);
}

accountFeature.command("login", (ctx) => begin(ctx, "login", ctx.match));
accountFeature.command("resetpassword", (ctx) => begin(ctx, "reset", ctx.match));
// "@Bot login joko password Rahasia" in a group, "login joko Rahasia" in a private chat: the command typed as a word.
accountFeature.on("message:text", async (ctx, next) => {
  const typed = typedAccountCommand(ctx.msg.text, ctx.chat.type === "private" ? undefined : ctx.me.username);
  if (!typed) return next();
  await begin(ctx, typed.kind, typed.rest);
});
accountFeature.command("start", async (ctx, next) => {
  if (ctx.chat.type === "private" && ctx.match === "login") return begin(ctx, "login");
  if (ctx.chat.type === "private" && ctx.match === "resetpassword") return begin(ctx, "reset");
  await next();
});

accountFeature.command("logout", async (ctx) => {
  const removed = await linkedAccounts(ctx)?.store?.remove(ctx.from!.id);
  if (!removed) return void (await ctx.reply(ctx.t("account-logout-none"), { parse_mode: "HTML" }));
  ctx.log.info({ account: removed.id, groups: removed.unlinked.length }, "account logged out");
  await ctx.reply(ctx.t("account-logout-done", { groups: removed.unlinked.length }), { parse_mode: "HTML" });
  await announceLoginEnded(ctx, removed.unlinked, "logout");
});

accountFeature.command(["account", "akun"], async (ctx) => {
  await ctx.reply(await accountText(ctx), { parse_mode: "HTML" });
});
