import type { StoredMessage, TelegramEmulator } from "../test/support/telegram/index.js";
import type { DemoAgent } from "./agent.js";
import type { Transcript } from "./transcript.js";

export interface CustomerCards {
  /** The issued booking's card (with ticket numbers). */
  booking: Buffer;
  /** A comparison of two flights from a search. */
  comparison: Buffer;
}

/** The photo the bot sent since `from`, as PNG bytes. */
function photoSince(emulator: TelegramEmulator, chatId: number, from: number): Buffer {
  const photo = emulator.chatMessages(chatId).slice(from).find((m: StoredMessage) => m.fromBot && m.photo)?.photo?.at(-1);
  const bytes = photo && emulator.file(photo.file_id);
  if (!bytes || bytes.subarray(1, 4).toString("latin1") !== "PNG") throw new Error("the customer card is not a PNG");
  return bytes;
}

/**
 * The agency sets its name, contact and markup, then makes customer cards: the issued booking's (ticket
 * numbers, marked-up price, no NTA) and a comparison of two flights from a new search.
 */
export async function customerCardScene(agent: DemoAgent, emulator: TelegramEmulator, transcript: Transcript, code: string, travelDate: string): Promise<CustomerCards> {
  transcript.section("Kartu untuk pelanggan: markup agen, gambar PNG + teks untuk WhatsApp");
  await agent.say("/language");
  await agent.tap({ describe: "Bahasa Indonesia", test: (b) => b.callback_data === "lang:id" });
  await agent.say("/pengaturan agensi Makmur Travel");
  await agent.say("/pengaturan info WA 0812-3456-7890 · Jl. Pemuda 12, Surabaya");
  await agent.say("/pengaturan markup 35rb 3%");
  await agent.tap({ describe: "↑ Rp 5.000", test: (b) => b.callback_data === "ag:r:5000" });

  let from = emulator.chatMessages(agent.chat.id).length;
  await agent.tap({ describe: `📤 Untuk pelanggan (${code})`, test: (b) => b.callback_data.startsWith("cust:b:") && b.callback_data.endsWith(`:${code}`) });
  const booking = photoSince(emulator, agent.chat.id, from);

  await agent.say(`/cari CGK DPS ${travelDate} 2`);
  await agent.tap({ describe: "📤 Untuk pelanggan", test: (b) => b.callback_data.startsWith("cust:l:") });
  await agent.tap({ describe: "the cheapest flight", test: (b) => /^cust:s:[\w-]+:0:\d+$/.test(b.callback_data) });
  await agent.tap({ describe: "another flight", test: (b) => /^cust:s:[\w-]+:0:\d+\.\d+$/.test(b.callback_data) });
  from = emulator.chatMessages(agent.chat.id).length;
  await agent.tap({ describe: "📤 Buat kartu (2)", test: (b) => b.callback_data.startsWith("cust:c:") });
  const comparison = photoSince(emulator, agent.chat.id, from);
  await agent.say("/batal");
  return { booking, comparison };
}
