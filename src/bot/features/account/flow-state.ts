import type { AccountFlow } from "../../../store/accounts/flow-store.js";
import type { LinkedAccounts } from "../../../accounts/linked-accounts.js";
import type { BotContext } from "../../context.js";

/** How long an abandoned flow's (sealed) state stays, so a late password is still caught and deleted. */
const GRACE_MS = 3_600_000;

/**
 * The step a flow is left at once it ended at a password question without a password (/batal, "batal",
 * the timeout): no answers, only the kind and, as `until`, the end of the window in which the next lone
 * line that looks like a password is still taken for one (deleted, and the person told the flow had
 * stopped) rather than handed to the other features, which would leave it in the chat and answer it.
 */
export const STOPPED_STEP = "stopped";

/** A few minutes: the password typed right after the stop, not a line an hour later. */
export const STOPPED_WINDOW_MS = 5 * 60_000;

/** Saves the flow with a fresh deadline: each answer gives the person the usual time for the next. */
export async function saveFlow(ctx: BotContext, accounts: LinkedAccounts, flow: Omit<AccountFlow, "until">): Promise<void> {
  const timeout = ctx.deps.settings.conversationTimeoutMs;
  await accounts.flows?.set(ctx.chat!.id, ctx.from!.id, { ...flow, until: ctx.deps.now().getTime() + timeout }, timeout + GRACE_MS);
}

export async function endFlow(ctx: BotContext, accounts: LinkedAccounts): Promise<void> {
  await accounts.flows?.clear(ctx.chat!.id, ctx.from!.id);
}

/** Ends a flow that stood at its password question: what was answered goes, the stop is remembered a few minutes. */
export async function stopAtPassword(ctx: BotContext, accounts: LinkedAccounts, kind: AccountFlow["kind"]): Promise<void> {
  const until = ctx.deps.now().getTime() + STOPPED_WINDOW_MS;
  await accounts.flows?.set(ctx.chat!.id, ctx.from!.id, { kind, step: STOPPED_STEP, data: {}, until }, STOPPED_WINDOW_MS);
}
