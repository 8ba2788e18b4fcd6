import type { MiddlewareFn } from "grammy";
import type { AccountFlow } from "../../../store/accounts/flow-store.js";
import type { LinkedAccounts } from "../../../accounts/linked-accounts.js";
import type { BotContext } from "../../context.js";
import { takeAnswer } from "./flow-answer.js";
import { endFlow, saveFlow, STOPPED_STEP } from "./flow-state.js";
import { FLOW_STEPS } from "./flow-steps.js";
import { linkedAccounts } from "./linked.js";
import { afterStop, atPasswordQuestion } from "./password-step.js";

const CANCEL = /^\/(cancel|batal)(@\w+)?(\s|$)/i;

/**
 * Starts /login or /resetpassword in a private chat; any search in progress there ends first. `username`:
 * typed with the command, it answers the first question (or, not one, that question says so).
 */
export async function startFlow(ctx: BotContext, accounts: LinkedAccounts, kind: AccountFlow["kind"], username?: string): Promise<void> {
  ctx.cancelling = true; // replacing a search is not a timeout
  await ctx.conversation.exitAll();
  ctx.cancelling = false;
  const steps = FLOW_STEPS[kind];
  const first = steps[0]!;
  if (username !== undefined) return takeAnswer(ctx, accounts, { kind, step: first.name, data: {}, until: 0 }, steps, 0, username);
  await saveFlow(ctx, accounts, { kind, step: first.name, data: {} });
  await ctx.reply(ctx.t(first.prompt), { parse_mode: "HTML" });
}

/**
 * Answers to a flow in progress, ahead of every other feature so a password never reaches them.
 * At the password question every message is read there (password-step.ts: deleted first, a command
 * waits or stops the flow, saying so), and a flow stopped there still catches the password typed just
 * after. At the other questions a command ends the flow (/cancel says so; others then run as usual).
 */
export const accountFlow: MiddlewareFn<BotContext> = async (ctx, next) => {
  const accounts = linkedAccounts(ctx);
  if (!accounts?.flows || ctx.chat?.type !== "private" || !ctx.from || !(ctx.message ?? ctx.editedMessage)) return next();
  const flow = await accounts.flows.get(ctx.chat.id, ctx.from.id);
  if (!flow) return next();
  if (flow.step === STOPPED_STEP) return afterStop(ctx, accounts, flow, next);
  const steps = FLOW_STEPS[flow.kind];
  const index = steps.findIndex((s) => s.name === flow.step);
  const step = steps[index];
  if (step?.secret) return atPasswordQuestion(ctx, accounts, flow, steps, index, next);
  const text = ctx.message?.text;
  if (text === undefined) return next();
  if (!step || text.startsWith("/")) {
    await endFlow(ctx, accounts);
    if (CANCEL.test(text)) return void (await ctx.reply(ctx.t("cancelled"), { reply_markup: { remove_keyboard: true } }));
    return next();
  }
  if (ctx.deps.now().getTime() > flow.until) {
    await endFlow(ctx, accounts);
    return void (await ctx.reply(ctx.t("account-flow-expired"), { parse_mode: "HTML" }));
  }
  await takeAnswer(ctx, accounts, flow, steps, index, text);
};
