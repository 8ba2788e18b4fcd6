import { InlineKeyboard } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import { customerFare, NO_MARKUP, type Markup } from "../../../domain/customer-price.js";
import { parseAgencyLine, parseMarkup, parseRoundingStep, typedPercentBp, typedRupiah } from "../../../domain/markup-input.js";
import type { AgencySettings } from "../../../store/chat-settings.js";
import { money } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { noteShareGroup } from "../../../services/customer-quote.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { fromAnonymousAdmin, isGroup, refusedSettingsTap } from "./may-change.js";
import { SETTINGS_BUTTONS, tappedCarries } from "../../tapped-keyboard.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** The fare the panel's example starts from: a round-looking number that shows the rounding at work. */
const EXAMPLE_FARE = 1_234_567;
const STEPS = [1, 1_000, 5_000, 10_000] as const;

function percentText(bp: number, locale: string): string {
  return `${new Intl.NumberFormat(locale === "en" ? "en-US" : "id-ID", { maximumFractionDigits: 2 }).format(bp / 100)}%`;
}

export function agencyText(t: T, locale: string, a: AgencySettings | undefined): string {
  const m = a?.markup ?? NO_MARKUP;
  const parts = [m.fixed > 0 ? t("agency-markup-fixed", { amount: money(m.fixed) }) : "", m.percentBp > 0 ? t("agency-markup-percent", { percent: percentText(m.percentBp, locale) }) : ""].filter(Boolean);
  return [
    t("agency-title"),
    t("agency-name", { name: escapeHtml(a?.name ?? "-") }),
    t("agency-contact", { contact: escapeHtml(a?.contact ?? "-") }),
    t("agency-markup", { markup: parts.join(" + ") || t("agency-markup-none") }),
    t(m.infantFixed ? "agency-infant-fixed" : "agency-infant-percent"),
    m.roundTo > 1 ? t("agency-rounding", { step: money(m.roundTo) }) : t("agency-rounding-none"),
    t("agency-example", { fare: money(EXAMPLE_FARE), price: money(customerFare(EXAMPLE_FARE, "adult", m)) }),
    "",
    t("agency-help"),
  ].join("\n");
}

export function agencyKeyboard(t: T, a: AgencySettings | undefined): InlineKeyboard {
  const m = a?.markup ?? NO_MARKUP;
  const kb = new InlineKeyboard();
  for (const step of STEPS) kb.text(`${m.roundTo === step ? "✅ " : ""}${step === 1 ? t("agency-btn-no-rounding") : `↑ ${money(step)}`}`, `ag:r:${step}`);
  return kb.row().text(t(m.infantFixed ? "agency-btn-infant-percent" : "agency-btn-infant-fixed"), `ag:inf:${m.infantFixed ? "off" : "on"}`);
}

async function saveMarkup(ctx: BotContext, patch: (m: Markup) => Markup): Promise<AgencySettings | undefined> {
  const s = await ctx.deps.chatSettings.update(ctx.chat!.id, (s) => ({ ...s, agency: { ...s.agency, markup: patch(s.agency?.markup ?? NO_MARKUP) } }));
  return s.agency;
}

/**
 * Whoever sets a group's customer prices sells with them: her inline shares take this group's markup
 * from now on (services/customer-quote.ts `shareMarkup`), as after a 📤 card here, not only after one.
 * An admin posting as the group has no inline shares of his own to mark up.
 */
async function noteSharer(ctx: BotContext): Promise<void> {
  if (isGroup(ctx) && ctx.from && !fromAnonymousAdmin(ctx)) await noteShareGroup(ctx.deps, actorOf(ctx));
}

async function showPanel(ctx: BotContext, a: AgencySettings | undefined): Promise<void> {
  await ctx.reply(agencyText(ctx.t.bind(ctx), ctx.t("locale-code"), a), { parse_mode: "HTML", reply_markup: agencyKeyboard(ctx.t.bind(ctx), a) });
}

const SUBCOMMANDS = {
  agency: ["agensi", "agency"], contact: ["info"], markup: ["markup"], rounding: ["bulat", "pembulatan", "round", "rounding"],
} as const;

/** What one subcommand changes, or undefined when its argument doesn't read. */
function change(kind: keyof typeof SUBCOMMANDS, arg: string): ((a: AgencySettings) => AgencySettings) | undefined {
  if (kind === "agency" || kind === "contact") {
    const line = parseAgencyLine(arg, kind === "agency" ? 60 : 120);
    return line.ok ? (a) => ({ ...a, [kind === "agency" ? "name" : "contact"]: line.value }) : undefined;
  }
  const markup = (patch: Partial<Markup>) => (a: AgencySettings) => ({ ...a, markup: { ...(a.markup ?? NO_MARKUP), ...patch } });
  if (kind === "markup") {
    const m = parseMarkup(arg);
    return m.ok ? markup({ fixed: m.fixed, percentBp: m.percentBp }) : undefined;
  }
  const step = parseRoundingStep(arg);
  return step === undefined ? undefined : markup({ roundTo: step });
}

/**
 * `/settings agency|info|markup|round …` (the caller has checked who may change settings here); with
 * no argument it shows the panel. Returns false for any other subcommand.
 */
export async function agencySubcommand(ctx: BotContext, sub: string): Promise<boolean> {
  const kind = (Object.keys(SUBCOMMANDS) as (keyof typeof SUBCOMMANDS)[]).find((k) => (SUBCOMMANDS[k] as readonly string[]).includes(sub.toLowerCase()));
  if (!kind || !ctx.chat) return false;
  const arg = String(ctx.match ?? "").trim().slice(sub.length).trim();
  const unsure = kind === "markup" ? parseMarkup(arg) : undefined;
  if (unsure && !unsure.ok && unsure.ask) {
    await askSmallMarkup(ctx, unsure.ask);
    return true;
  }
  const apply = arg === "" ? (a: AgencySettings) => a : change(kind, arg);
  if (!apply) {
    await ctx.reply(ctx.t(`agency-usage-${kind}`), { parse_mode: "HTML" });
    return true;
  }
  const settings = arg === "" ? await ctx.deps.chatSettings.get(ctx.chat.id) : await ctx.deps.chatSettings.update(ctx.chat.id, (s) => ({ ...s, agency: apply(s.agency ?? {}) }));
  if (arg !== "") await noteSharer(ctx);
  await showPanel(ctx, settings.agency);
  return true;
}

const markupText = (locale: string, fixed: number, percentBp: number) =>
  [fixed > 0 ? money(fixed) : "", percentBp > 0 ? percentText(percentBp, locale) : ""].filter(Boolean).join(" + ");

/**
 * `markup 50`: Rp 50 per passenger is a markup nobody means, and a likely "50 ribu". Nothing is saved:
 * both readings are offered, the likelier first, each one tap. Each button also carries the markup the
 * question was asked from: a tap after the markup changed (a newer `/pengaturan markup`) must not
 * overwrite the newer one with an answer to an old question.
 */
async function askSmallMarkup(ctx: BotContext, ask: { small: number; thousands: number; percentBp: number }): Promise<void> {
  const locale = ctx.t("locale-code");
  const from = (await ctx.deps.chatSettings.get(ctx.chat!.id)).agency?.markup ?? NO_MARKUP;
  const basis = `${from.fixed}:${from.percentBp}`;
  const [large, small] = [ask.thousands, ask.small].map((fixed) => markupText(locale, fixed, ask.percentBp));
  const kb = new InlineKeyboard()
    .text(ctx.t("agency-markup-pick", { markup: large! }), `ag:m:${ask.thousands}:${ask.percentBp}:${basis}`).row()
    .text(ctx.t("agency-markup-pick", { markup: small! }), `ag:m:${ask.small}:${ask.percentBp}:${basis}`);
  await ctx.reply(ctx.t("agency-markup-unsure", { small: small!, large: large! }), { parse_mode: "HTML", reply_markup: kb });
}

/** The panel's buttons (and the settings menu's way in): rounding presets and the infants' rule. */
export const agencySettings = new LeanComposer<BotContext>();

agencySettings.callbackQuery(/^ag:(show|r:(?:1|1000|5000|10000)|inf:(?:on|off))$/, async (ctx) => {
  if (await refusedSettingsTap(ctx)) return;
  // The panel is redrawn in the message tapped: only a settings panel's own buttons.
  if (!tappedCarries(ctx, ...SETTINGS_BUTTONS)) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  const what = ctx.match[1]!;
  if (what === "show") {
    await ctx.answerCallbackQuery();
    return showPanel(ctx, (await ctx.deps.chatSettings.get(ctx.chat!.id)).agency);
  }
  const agency = await saveMarkup(ctx, (m) => (what.startsWith("r:") ? { ...m, roundTo: Number(what.slice(2)) } : { ...m, infantFixed: what === "inf:on" }));
  await noteSharer(ctx);
  await ctx.answerCallbackQuery({ text: ctx.t("settings-saved") });
  await ctx.editMessageText(agencyText(ctx.t.bind(ctx), ctx.t("locale-code"), agency), { parse_mode: "HTML", reply_markup: agencyKeyboard(ctx.t.bind(ctx), agency) }).catch(() => undefined);
});

/**
 * One of the two readings of a small typed markup (askSmallMarkup): saved as chosen, and the panel shown
 * in its place, only while the markup is still the one the question was asked from. Otherwise the
 * question is out of date (a newer markup was set since, or this question was already answered): nothing
 * is saved and the toast names the markup that stands. A button from before questions carried their
 * basis (no `:from`) can't tell, so it is treated as out of date too: retyping costs one line.
 */
agencySettings.callbackQuery(/^ag:m:(\d{1,8}):(\d{1,5})(?::(\d{1,8}):(\d{1,5}))?$/, async (ctx) => {
  if (await refusedSettingsTap(ctx)) return;
  // The panel is redrawn in the message tapped: only a settings panel's own buttons.
  if (!tappedCarries(ctx, ...SETTINGS_BUTTONS)) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  const fixed = typedRupiah.safeParse(Number(ctx.match[1]));
  const percentBp = typedPercentBp.safeParse(Number(ctx.match[2]));
  if (!fixed.success || !percentBp.success) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  const basis = ctx.match[3] === undefined ? undefined : { fixed: Number(ctx.match[3]), percentBp: Number(ctx.match[4]) };
  const same = (m: Pick<Markup, "fixed" | "percentBp">, o: Pick<Markup, "fixed" | "percentBp"> | undefined) => o !== undefined && m.fixed === o.fixed && m.percentBp === o.percentBp;
  const chosen = { fixed: fixed.data, percentBp: percentBp.data };
  let stale: Markup | undefined;
  // Checked on the value being replaced, in the update itself: the question decides only over the markup it was asked about.
  const settings = await ctx.deps.chatSettings.update(ctx.chat!.id, (s) => {
    const now = s.agency?.markup ?? NO_MARKUP;
    if (same(now, basis) || same(now, chosen)) return { ...s, agency: { ...s.agency, markup: { ...now, ...chosen } } };
    stale = now;
    return s;
  });
  if (stale) {
    const now = markupText(ctx.t("locale-code"), stale.fixed, stale.percentBp) || ctx.t("agency-markup-none");
    await ctx.answerCallbackQuery({ text: ctx.t("agency-markup-stale", { markup: now }), show_alert: true });
    // The old question's buttons go, so it isn't tapped again; the message itself stays as it was.
    return void (await ctx.editMessageReplyMarkup().catch(() => undefined));
  }
  const agency = settings.agency;
  await noteSharer(ctx);
  await ctx.answerCallbackQuery({ text: ctx.t("settings-saved") });
  await ctx.editMessageText(agencyText(ctx.t.bind(ctx), ctx.t("locale-code"), agency), { parse_mode: "HTML", reply_markup: agencyKeyboard(ctx.t.bind(ctx), agency) }).catch(() => undefined);
});
