import { pino } from "pino";
import { startTiketSandbox } from "../../../src/sandbox/tiket/index.js";
import { TiketProvider } from "../../../src/providers/tiket/tiket-provider.js";
import { MemoryTiketTokenStore } from "../../../src/providers/tiket/token-store.js";

const sb = await startTiketSandbox({ issueDelayMs: 300 });
const p = new TiketProvider({ baseUrl: sb.origin, ...sb.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger: pino({ level: "warn" }), tokens: new MemoryTiketTokenStore(), issuePoll: { maxMs: 3000, intervalMs: 200 } });
const date = new Date(Date.now() + 10 * 86400000).toISOString().slice(0, 10);
console.log((await p.airports()).length, await p.balance());
const t0 = Date.now();
const offers = await p.search({ from: "CGK", to: "DPS", date, pax: { adult: 1, child: 0, infant: 1 } }, { onPartial: (x) => console.log("partial", x) });
console.log("search ms", Date.now() - t0, offers.length, offers[0]);
const offer = offers.find((o) => o.airlineCode === "JT")!;
const q = await p.quote(offer, { adult: 1, child: 0, infant: 1 });
console.log({ ...q, captcha: q.captcha && { session: q.captcha.session, image: q.captcha.image.slice(0, 40) } });
const answer = q.captcha ? sb.controls.captchaAnswer(q.captcha.session)! : undefined;
const b = await p.book({ provider: "tiket", offerRef: offer.ref, flightCode: offer.flightCode, from: offer.from, to: offer.to, date, pax: { adult: 1, child: 0, infant: 1 },
  passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso", birthDate: "1980-01-01", idNumber: "3174092302900001" }, { type: "infant", title: "Miss", fullName: "Ayu Santoso", birthDate: new Date(Date.now() - 200 * 86400000).toISOString().slice(0, 10) }],
  contact: { email: "budi@example.com", phone: "+6281234567890" }, captcha: q.captcha && { answer: answer!, session: q.captcha.session } });
console.log(b);
console.log(await p.status(b.code));
console.log(await p.issue(b.code));
console.log(await p.status(b.code), sb.controls.getDeposit());
const doc = await p.ticket(b.code);
console.log(doc);
if (doc.kind === "link") console.log((await p.downloadTicket(doc)).length);
await p.close(); await sb.close();
