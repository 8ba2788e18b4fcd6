import type { BotDeps } from "../../deps.js";

/** Who may spend the deposit: ISSUER_IDS; when unset, everyone on the sandbox and nobody on a live account. */
export function canIssue(deps: BotDeps, userId: number | undefined): boolean {
  if (userId === undefined) return false;
  const ids = deps.settings.issuerIds;
  if (ids.length === 0) return deps.provider.sandbox;
  return ids.includes(userId);
}
