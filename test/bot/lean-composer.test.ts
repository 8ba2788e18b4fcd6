import { Composer, Context, type MiddlewareFn } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LeanComposer } from "../../src/bot/lean-composer.js";

// The same registrations on grammY's Composer and on LeanComposer must run the same handlers in the same order.
const me = { id: 1, is_bot: true, first_name: "Bot", username: "bot" } as UserFromGetMe;
const text = (t: string, chatType: "private" | "group" = "private"): Update => ({
  update_id: 1,
  message: {
    message_id: 1, date: 0, chat: chatType === "private" ? { id: 5, type: "private", first_name: "A" } : { id: -5, type: "group", title: "G" },
    from: { id: 5, is_bot: false, first_name: "A" }, text: t,
    entities: t.startsWith("/") ? [{ type: "bot_command", offset: 0, length: t.split(" ")[0]!.length }] : undefined,
  },
});
const tap = (data: string): Update => ({
  update_id: 2,
  callback_query: { id: "q", chat_instance: "c", from: { id: 5, is_bot: false, first_name: "A" }, data, message: { message_id: 1, date: 0, chat: { id: 5, type: "private", first_name: "A" } } as never },
});

function register(c: Composer<Context>, log: string[]): void {
  c.use(async (_ctx, next) => {
    log.push("first");
    await next();
    log.push("first after");
  });
  c.command("cari", (ctx) => void log.push(`cari ${ctx.match}`));
  c.chatType("private").command("start", (_ctx, next) => {
    log.push("start (private), passes on");
    return next();
  });
  c.callbackQuery(/^b:/, (ctx) => void log.push(`button ${ctx.callbackQuery.data}`));
  c.filter(async (ctx) => ctx.message?.text === "slow", (_ctx) => void log.push("async predicate"));
  c.branch((ctx) => !!ctx.message?.text?.startsWith("x"), (_ctx) => void log.push("branch yes"), [(_ctx, next) => (log.push("branch no"), next())]);
  const later = c.on("message:text");
  c.on("message", (_ctx) => void log.push("any message"));
  c.use((_ctx) => void log.push("last"));
  // Middleware added to a returned composer after registration still runs.
  later.use((_ctx, next) => (log.push("text (added later)"), next()));
}

async function run(kind: "grammy" | "lean", update: Update): Promise<string[]> {
  const log: string[] = [];
  const c = kind === "grammy" ? new Composer<Context>() : new LeanComposer<Context>();
  register(c, log);
  const ctx = new Context(update, undefined as never, me);
  await (c.middleware() as MiddlewareFn<Context>)(ctx, async () => void log.push("downstream"));
  return log;
}

describe("LeanComposer routes exactly as grammY's Composer", () => {
  it.each([
    ["a command", text("/cari CGK DPS")],
    ["/start in private", text("/start")],
    ["/start in a group", text("/start", "group")],
    ["a button", tap("b:i:X")],
    ["another button", tap("zz")],
    ["plain text", text("halo")],
    ["text a branch says yes to", text("xyz")],
    ["text an async predicate takes", text("slow")],
  ])("%s", async (_name, update) => {
    const lean = await run("lean", update);
    expect(lean).toEqual(await run("grammy", update));
    expect(lean.length).toBeGreaterThan(1);
  });

  it("errors reject the chain, thrown sync or async, as with grammY", async () => {
    for (const kind of ["grammy", "lean"] as const) {
      const c = kind === "grammy" ? new Composer<Context>() : new LeanComposer<Context>();
      c.command("sync", () => {
        throw new Error("sync boom");
      });
      c.command("async", async () => {
        throw new Error("async boom");
      });
      const mw = c.middleware() as MiddlewareFn<Context>;
      await expect(Promise.resolve().then(() => mw(new Context(text("/sync"), undefined as never, me), async () => undefined))).rejects.toThrow("sync boom");
      await expect(mw(new Context(text("/async"), undefined as never, me), async () => undefined)).rejects.toThrow("async boom");
    }
  });

  it("an error boundary catches what its features throw and lets the rest run on next()", async () => {
    const caught: string[] = [];
    const c = new LeanComposer<Context>();
    const features = c.errorBoundary((err, next) => {
      caught.push((err.error as Error).message);
      return next();
    });
    features.command("boom", () => {
      throw new Error("feature failed");
    });
    let downstream = false;
    await (c.middleware() as MiddlewareFn<Context>)(new Context(text("/boom"), undefined as never, me), async () => void (downstream = true));
    expect(caught).toEqual(["feature failed"]);
    expect(downstream).toBe(true);
  });
});
