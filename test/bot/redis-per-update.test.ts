import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { Agent, startHarness } from "../support/bot-harness.js";
import { startRedisServer } from "../support/redis-server.js";

// What one ordinary answer costs in Redis, on a Redis of its own so that every command seen is the bot's.
// bench:flow measures the time; this keeps the shape: the claim, the person's lock and the two state reads
// open the update (sent together), the state write, the claim marked handled and the lock's release close
// it (sent together), and nothing else is asked of Redis for a typed answer mid-conversation.
const redis = await startRedisServer();
const h = await startHarness({
  worker: false,
  env: {
    REDIS_URL: redis.url, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/hook", WEBHOOK_SECRET: "redis_per_update_secret", HEALTH_INTERVAL_SECONDS: "3600",
  },
});
const monitor = await new Redis(redis.url).monitor();
const seen: string[][] = [];
// Commands a script runs inside Redis come from "lua": not the bot's.
monitor.on("monitor", (_time: string, args: string[], source: string) => void (source !== "lua" && seen.push(args)));

afterAll(async () => {
  monitor.disconnect();
  await h.close();
  await redis.stop();
});

/** The commands the bot sent while `act` ran, with keys shortened to what they are. */
async function commandsOf(act: () => Promise<unknown>): Promise<string[]> {
  await new Promise((r) => setTimeout(r, 50));
  seen.length = 0;
  await act();
  await new Promise((r) => setTimeout(r, 50));
  return seen
    .filter(([cmd]) => !/^(info|ping|monitor|client)$/i.test(cmd!))
    .map(([cmd, ...rest]) => {
      const key = (cmd!.toLowerCase() === "evalsha" ? rest[2] : rest[0]) ?? "";
      const what = key.replace(/^t[0-9a-f]+:/, "").replace(/\d+/g, "N");
      return `${cmd!.toLowerCase()} ${what}${rest.includes("NX") ? " NX" : ""}`;
    });
}

describe("Redis per update", () => {
  it("a typed answer mid-conversation: claim, lock and reads, then the write and the release; nothing more", async () => {
    const agent = new Agent(h, { id: 880_001, first_name: "Rina", language_code: "id" }, { id: 880_001, type: "private" });
    await agent.say("/cari");
    await agent.say("jakarta");
    await agent.tap({ data: "c:ap:CGK" });
    const commands = await commandsOf(() => agent.say("surabaya"));
    expect(agent.last()?.text).toBeTruthy();
    // Opening: all four before anything else; closing: the conversation write, then the claim marked
    // handled (only after the state it changed), then the release, last.
    expect(commands.slice(0, 4).sort()).toEqual(["evalsha upd:N", "get conv:N:N", "get sess:N", "set lock:user:N NX"]);
    expect(commands.slice(4)).toEqual(["set conv:N:N", "set upd:N", "evalsha lock:user:N"]);
  });

  it("in a group: the same, plus one read of the group's settings with the opening ones, whose question was answered, and nothing per replayed step", async () => {
    const group = { id: -100_880, type: "group" as const, title: "Agen Redis" };
    const agent = new Agent(h, { id: 880_002, first_name: "Sari", language_code: "id" }, group);
    await agent.say(`/cari@${h.emulator.botInfo.username}`);
    await agent.reply("jakarta");
    await agent.tap({ data: "c:ap:CGK" });
    const commands = await commandsOf(() => agent.reply("surabaya"));
    expect(agent.lastForMe()?.text).toBeTruthy();
    // Each replayed step used to negotiate the language again: one more read of the settings per step (5 here).
    expect(commands.slice(0, 5).sort()).toEqual(["evalsha upd:N", "get chat:-N:settings", "get conv:-N:N", "get sess:N", "set lock:user:N NX"]);
    // Then whose question the reply answers (a reply to another member's isn't an answer), and the
    // question sent, and the "or reply here" prompt after its keyboard, noted as this member's.
    expect(commands.slice(5)).toEqual(["get msg-owner:-N:N", "set msg-owner:-N:N", "set msg-owner:-N:N", "set conv:-N:N", "set upd:N", "evalsha lock:user:N"]);
  });
});

