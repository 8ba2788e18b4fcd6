import { InlineKeyboard } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import { DIGEST_DEFAULT_TIME, type DigestSettings } from "../../../services/daily-digest.js";
import type { ChatSettings } from "../../../store/chat-settings.js";
import { refusedSettingsTap } from "./may-change.js";
import type { BotContext } from "../../context.js";
import { settingsPanel } from "./settings-panel.js";
import { zoneName } from "../../../presenters/format.js";
import { topicOf } from "../../../telegram/topic-thread.js";
import { SETTINGS_BUTTONS, tappedCarries } from "../../tapped-keyboard.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** The times offered; the default is 08:00 in the configured zone. */
const TIMES = ["06:00", "07:00", "08:00", "09:00", "12:00", "17:00"] as const;

function current(s: ChatSettings): DigestSettings {
  return s.digest ?? { enabled: false, time: DIGEST_DEFAULT_TIME };
}

/** `timeZone`: the IANA zone the digest runs in, said as agents know it (WIB, WITA, WIT) like every other time shown. */
export function digestSettingsText(t: T, s: ChatSettings, timeZone: string, now = new Date()): string {
  const d = current(s);
  const zone = zoneName(timeZone, now.toISOString());
  return [t("digest-settings-title"), t("digest-settings-state", { enabled: d.enabled ? "yes" : "no", time: d.time, zone }), t("digest-settings-about")].join("\n");
}

export function digestSettingsKeyboard(t: T, s: ChatSettings): InlineKeyboard {
  const d = current(s);
  const kb = new InlineKeyboard().text(d.enabled ? t("digest-settings-off") : t("digest-settings-on"), d.enabled ? "dg:off" : "dg:on").row();
  TIMES.forEach((time, i) => {
    kb.text(time === d.time ? `• ${time}` : time, `dg:t:${time.replace(":", "")}`);
    if (i % 3 === 2) kb.row();
  });
  return kb.text(t("digest-settings-back"), "dg:back");
}

/** `dg:menu`, `dg:on`, `dg:off`, `dg:t:HHMM` (one of TIMES), `dg:back`; anything else is a stale button. */
function parse(data: string): { kind: "menu" | "on" | "off" | "back" } | { kind: "time"; time: string } | undefined {
  const m = /^dg:(menu|on|off|back|t:(\d{4}))$/.exec(data);
  if (!m) return undefined;
  if (m[2]) {
    const time = `${m[2].slice(0, 2)}:${m[2].slice(2)}`;
    return (TIMES as readonly string[]).includes(time) ? { kind: "time", time } : undefined;
  }
  return { kind: m[1] as "menu" | "on" | "off" | "back" };
}

/** /settings → 📰 Daily digest: on/off and its time; the chat's job scheduler follows every change. */
export const digestSettingsFeature = new LeanComposer<BotContext>();

digestSettingsFeature.callbackQuery(/^dg:/, async (ctx) => {
  const action = parse(ctx.callbackQuery.data);
  if (!action || !ctx.chat) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  if (await refusedSettingsTap(ctx)) return;
  // The panel is redrawn in the message tapped: only a settings panel's own buttons.
  if (!tappedCarries(ctx, ...SETTINGS_BUTTONS)) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  const t = ctx.t.bind(ctx);
  const chatId = ctx.chat.id;
  let settings = await ctx.deps.chatSettings.get(chatId);
  if (action.kind === "back") {
    await ctx.answerCallbackQuery();
    const panel = await settingsPanel(ctx, settings);
    return void (await ctx.editMessageText(panel.text, { parse_mode: "HTML", reply_markup: panel.keyboard }).catch(() => undefined));
  }
  if (action.kind !== "menu") {
    const before = current(settings);
    const digest: DigestSettings = {
      enabled: action.kind === "on" ? true : action.kind === "off" ? false : before.enabled,
      time: action.kind === "time" ? action.time : before.time,
      // Whoever last changed it stands for the chat when the worker reads the deposit.
      by: ctx.from.id,
      // Sent to the forum topic its panel was opened in (the panel is that topic's message).
      threadId: topicOf(ctx.callbackQuery?.message)?.threadId,
    };
    settings = await ctx.deps.chatSettings.update(chatId, (s) => ({ ...s, digest }));
    await ctx.deps.digests?.apply(chatId, digest);
    await ctx.answerCallbackQuery({ text: t("digest-settings-saved") });
  } else await ctx.answerCallbackQuery();
  await ctx.editMessageText(digestSettingsText(t, settings, ctx.deps.settings.timeZone), { parse_mode: "HTML", reply_markup: digestSettingsKeyboard(t, settings) }).catch(() => undefined);
});

/** A chat the bot left gets no more digests. */
export async function dropDigest(ctx: BotContext, chatId: number): Promise<void> {
  await ctx.deps.digests?.apply(chatId, { enabled: false, time: DIGEST_DEFAULT_TIME });
}
