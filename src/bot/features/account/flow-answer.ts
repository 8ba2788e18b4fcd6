import type { AccountFlow } from "../../../store/accounts/flow-store.js";
import type { LinkedAccounts } from "../../../accounts/linked-accounts.js";
import type { BotContext } from "../../context.js";
import { finishFlow } from "./flow-finish.js";
import { endFlow, saveFlow } from "./flow-state.js";
import type { FlowStep } from "./flow-steps.js";

/**
 * A typed answer to the flow's current question (the password's included, once it is known to be one):
 * read by its step, then the next question, or the flow finished. A wrong answer keeps the question and
 * gives the person the usual time again.
 */
export async function takeAnswer(ctx: BotContext, accounts: LinkedAccounts, flow: AccountFlow, steps: readonly FlowStep[], index: number, text: string): Promise<void> {
  const step = steps[index]!;
  const value = step.parse(text);
  if (value === undefined) {
    await saveFlow(ctx, accounts, flow);
    return void (await ctx.reply(ctx.t(step.invalid), { parse_mode: "HTML" }));
  }
  // The operator's own login is refused as soon as it is named, the same for everyone: nothing more is
  // asked, so no password or reset data of it is ever typed here, let alone sent to MMBC.
  if (step.name === "username" && accounts.isOperatorLogin(value)) {
    await endFlow(ctx, accounts);
    ctx.log.warn({ kind: flow.kind }, "operator's own login refused in an account flow");
    return void (await ctx.reply(ctx.t("account-operator-login"), { parse_mode: "HTML" }));
  }
  const data = { ...flow.data, [step.name]: value };
  const following = steps[index + 1];
  if (!following) return finishFlow(ctx, accounts, flow.kind, data);
  await saveFlow(ctx, accounts, { kind: flow.kind, step: following.name, data });
  await ctx.reply(ctx.t(following.prompt), { parse_mode: "HTML" });
}
