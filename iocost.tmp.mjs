import { request } from "undici";
import { Redis } from "ioredis";
import { createServer } from "node:http";
import { fork } from "node:child_process";
// server in another process so its CPU isn't counted
if (process.argv[2] === "server") {
  const body = JSON.stringify({ ok: true, result: { message_id: 1, date: 1, chat: { id: 1, type: "private" }, text: "x".repeat(200) } });
  createServer((req, res) => { req.resume(); req.on("end", () => { res.writeHead(200, { "content-type": "application/json" }); res.end(body); }); }).listen(0, "127.0.0.1", function () { process.send(this.address().port); });
} else {
  const child = fork(new URL(import.meta.url).pathname, ["server"]);
  const port = await new Promise((r) => child.once("message", r));
  const redis = new Redis("redis://127.0.0.1:6379");
  const payload = JSON.stringify({ chat_id: 1, text: "y".repeat(300), parse_mode: "HTML", reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "b" }]] } });
  const N = 4000, C = 20;
  async function run(name, fn) {
    for (let i = 0; i < 500; i++) await fn();
    const c0 = process.cpuUsage(); const t0 = performance.now();
    let n = 0;
    await Promise.all(Array.from({ length: C }, async () => { while (n < N) { n++; await fn(); } }));
    const c = process.cpuUsage(c0);
    console.log(name.padEnd(30), "CPU/op µs", ((c.user + c.system) / N).toFixed(0), " (sys", (c.system / N).toFixed(0) + ")", "wall/op µs", ((performance.now() - t0) * 1000 / N).toFixed(0));
  }
  await run("undici POST json", async () => { const r = await request(`http://127.0.0.1:${port}/botX/sendMessage`, { method: "POST", headers: { "content-type": "application/json" }, body: payload }); await r.body.json(); });
  await run("redis pipeline set+get", async () => { await redis.pipeline().set("k" + (Math.random() * 100 | 0), "v".repeat(400), "EX", 60).get("k1").exec(); });
  await run("redis pipeline get+get", async () => { await redis.pipeline().get("k1").get("k2").exec(); });
  await run("redis Promise.all get,get", async () => { await Promise.all([redis.get("k1"), redis.get("k2")]); });
  await run("redis set 400B", async () => { await redis.set("k" + (Math.random() * 100 | 0), "v".repeat(400), "EX", 60); });
  const ap = new Redis("redis://127.0.0.1:6379", { enableAutoPipelining: true });
  await run("autopipe Promise.all get,get", async () => { await Promise.all([ap.get("k1"), ap.get("k2")]); });
  await run("redis single get", async () => { await redis.get("k1"); });
  redis.disconnect(); child.kill();
}
