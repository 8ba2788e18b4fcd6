import type { Api } from "grammy";
import type { BotDeps } from "../../deps.js";

const ADMIN_CACHE_SECONDS = 300;

/** A group's administrators, from Telegram, cached briefly (admins change rarely; every issue asks). */
export async function groupAdmins(deps: BotDeps, api: Api, chatId: number): Promise<number[]> {
  const key = deps.keys.chatAdmins(chatId);
  const cached = await deps.redis.get(key);
  if (cached !== null) return cached.split(",").filter(Boolean).map(Number);
  const admins = (await api.getChatAdministrators(chatId)).filter((m) => !m.user.is_bot).map((m) => m.user.id);
  await deps.redis.set(key, admins.join(","), "EX", ADMIN_CACHE_SECONDS);
  return admins;
}

export type IssuerPolicy = { allowed: boolean; who: "everyone" | "admins" | "list" | "configured" | "nobody"; ids: number[] };

/**
 * Who may spend the deposit here. ISSUER_IDS always may. Then the chat's policy: a group's admins by
 * default (or an explicit list, or everyone, set in /settings); in a private chat only ISSUER_IDS.
 * With no ISSUER_IDS and no policy, the sandbox lets everyone practise and a live account lets nobody.
 */
export async function issuerPolicy(deps: BotDeps, api: Api, chat: { id: number; type: string }, userId: number): Promise<IssuerPolicy> {
  const configured = deps.settings.issuerIds;
  const settings = await deps.chatSettings.get(chat.id);
  const group = chat.type === "group" || chat.type === "supergroup";
  const policy = settings.issuers ?? (group ? "admins" : undefined);
  if (configured.includes(userId)) return { allowed: true, who: "configured", ids: configured };
  if (policy === "everyone") return { allowed: true, who: "everyone", ids: [] };
  if (policy === "list") return { allowed: settings.issuerIds.includes(userId), who: "list", ids: [...configured, ...settings.issuerIds] };
  if (policy === "admins" && group) {
    // "admins" also lets in the people an admin allowed with /allow.
    const admins = await groupAdmins(deps, api, chat.id);
    return { allowed: admins.includes(userId) || settings.issuerIds.includes(userId), who: "admins", ids: [...configured, ...settings.issuerIds] };
  }
  if (configured.length === 0 && deps.provider.sandbox) return { allowed: true, who: "everyone", ids: [] };
  return { allowed: false, who: configured.length ? "configured" : "nobody", ids: configured };
}
