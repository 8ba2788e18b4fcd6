import { Redis } from "ioredis";
import { createConfig } from "../../src/config.js";
import { assemble } from "../../src/main.js";
import { FlowAgent } from "./agent.js";
import { startBenchEnv } from "./env.js";
import { runOurAgent } from "./our-flow.js";
const env = await startBenchEnv();
const config = createConfig({ BOT_TOKEN: env.emulator.token, TELEGRAM_API_ROOT: env.emulator.apiRoot, REDIS_URL: env.redisUrl });
const app = await assemble(config, { logger: env.logger, botInfo: env.emulator.botInfo, namespace: "dumpns", provider: { provider: env.provider, close: async () => undefined } });
const a = new FlowAgent(app.bot, env.emulator, { id: 42, first_name: "Agen", language_code: "id" });
const r = new Redis(env.redisUrl);
try {
  await runOurAgent(a, r, "dumpns:conv:42:42", 10).then(() => runOurAgent(a, r, "dumpns:conv:42:42", 11)).catch((e) => console.log("ERR", e.message));
} finally {
  for (const m of env.emulator.chatMessages(42).slice(-8)) console.log(m.fromBot ? "BOT" : "YOU", JSON.stringify((m.text ?? m.caption ?? m.document?.file_name)?.slice(0, 150)));
  console.log(env.emulator.calls.slice(-8).map((c) => [c.method, c.ok, JSON.stringify(c.response).slice(0, 200)]));
  r.disconnect(); await app.close(); await env.close(); process.exit(0);
}
