import type { AccountFlow } from "../../../store/accounts/flow-store.js";
import type { LinkedAccounts } from "../../../accounts/linked-accounts.js";
import type { BotContext } from "../../context.js";

/** How long an abandoned flow's (sealed) state stays, so a late password is still caught and deleted. */
const GRACE_MS = 3_600_000;

/** Saves the flow with a fresh deadline: each answer gives the person the usual time for the next. */
export async function saveFlow(ctx: BotContext, accounts: LinkedAccounts, flow: Omit<AccountFlow, "until">): Promise<void> {
  const timeout = ctx.deps.settings.conversationTimeoutMs;
  await accounts.flows?.set(ctx.chat!.id, ctx.from!.id, { ...flow, until: ctx.deps.now().getTime() + timeout }, timeout + GRACE_MS);
}

export async function endFlow(ctx: BotContext, accounts: LinkedAccounts): Promise<void> {
  await accounts.flows?.clear(ctx.chat!.id, ctx.from!.id);
}
