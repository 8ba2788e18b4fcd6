import { LinkedAccounts } from "../accounts/linked-accounts.js";
import { moveUpgradedGroup } from "../services/group-upgrade.js";
import type { BotDeps } from "./deps.js";

/** The bot's side of a group's upgrade (service message or Telegram's refusal): the one move, with its stores. */
export function upgradeGroup(deps: BotDeps, from: number, to: number): Promise<number | undefined> {
  const accountLinks = deps.accounts instanceof LinkedAccounts ? deps.accounts.store : undefined;
  return moveUpgradedGroup({ ...deps, accountLinks }, from, to);
}
