import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "../bot/journey-steps.js";
import { dayWith, firstPageAsksOnlyName, labelAsksOnlyName } from "../support/sandbox-days.js";
import { bookInGroup } from "../security/helpers.js";

/**
 * `/etiket` (`/ticket`) without a code offers the chat's bookings as buttons, as typed words without a code
 * do ("kirim etiket nya"), the issued ones (which have an e-ticket) first; a code typed next is taken too.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const buttons = (a: Agent) => a.lastForMe()!.reply_markup!.inline_keyboard.flat() as { text: string; callback_data: string }[];

describe("/etiket without a code", () => {
  it("offers this chat's bookings, the issued one first; a tap sends its e-ticket; a code typed next is taken", async () => {
    const id = 938_1001;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    const issued = await bookOne(a, `/cari cgk sub ${futureDate(21).wire} 1`, ["Tn Budi Santoso"]);
    await a.say(`/issued ${issued}`);
    await a.tap("✅ Issued");
    await a.document(`etiket-${issued}.pdf`);
    // A second booking in the same chat: its contact is the chat's last one.
    // A day whose first page has a flight asking only the name, and that one: the steps below answer only the name.
    await a.say(`/cari cgk dps ${dayWith(["CGK", "DPS"], firstPageAsksOnlyName("CGK", "DPS"), 22).wire} 1`);
    const flight = buttons(a).find((b) => "callback_data" in b && b.callback_data.includes(":o:") && labelAsksOnlyName(b.text, "CGK", "DPS"))!;
    await a.tap({ data: flight.callback_data });
    await a.tap("Lanjut");
    await a.say("Ny Siti Aminah");
    if (/kontak terakhir/.test(a.last()?.text ?? "")) await a.tap("✅ Pakai");
    await a.tap("✅ Booking");
    const unpaid = /Kode: ([A-Z0-9]{6})/.exec(a.last()?.text ?? "")?.[1];
    expect(unpaid, a.transcript(6)).toBeDefined();

    await a.say("/etiket");
    expect(a.last()?.text).toBe("E-tiket booking yang mana? Yang sudah issued (🎫) di depan. Ketuk kodenya, atau ketik: /etiket ABC123");
    // Newest first would put the unpaid one first: the issued one leads.
    expect(buttons(a).map((b) => b.text)).toEqual([`🎫 ${issued} · CGK→SUB`, `${unpaid} · CGK→DPS`]);
    expect(buttons(a)[0]!.callback_data).toBe(`b:t:mmbc:${issued}`);

    const docs = () => h.emulator.chatMessages(id).filter((m) => m.document?.file_name === `etiket-${issued}.pdf`).length;
    const before = docs();
    await a.tap(`🎫 ${issued}`);
    await h.emulator.waitFor(() => docs() === before + 1);

    // As after "Ketik kode booking": the code typed next is the e-ticket's.
    await a.say("/etiket");
    await a.say(issued.toLowerCase());
    await h.emulator.waitFor(() => docs() === before + 2);
  });

  it("in English, with nothing issued yet, says where e-tickets come from", async () => {
    const id = 938_1002;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "en" }, { id, type: "private" });
    const code = await bookOne(a, `/search cgk dps ${futureDate(23).wire} 1`, ["Mr Budi Santoso"]);
    await a.say("/ticket");
    expect(a.last()?.text).toBe("The e-ticket of which booking? None here is issued yet: an e-ticket comes once issued. Tap its code, or type it: /ticket ABC123");
    expect(buttons(a).map((b) => b.text)).toEqual([`${code} · CGK→DPS`]);
  });

  it("a chat with no bookings is told how to type the code, as before", async () => {
    const id = 938_1003;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    await a.say("/etiket");
    expect(a.last()?.text).toBe("Ketik kode booking: /etiket ABC123");
    expect(a.last()?.reply_markup).toBeUndefined();
  });

  it("in a group: the group's bookings, in a reply to the member who asked", async () => {
    const group = { id: -938_2000, type: "group" as const, title: "Agen Etiket" };
    const ani = { id: 938_2001, first_name: "Ani", language_code: "id" };
    h.emulator.setChatAdministrators(group.id, [ani.id]);
    const A = new Agent(h, ani, group);
    const code = await bookInGroup(A, "Mrs Ani Lestari", "CGK SUB", 34);
    await A.say("/etiket");
    const answer = A.lastForMe()!;
    expect(answer.text).toContain("E-tiket booking yang mana?");
    expect(answer.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual([`${code} · CGK→SUB`]);
  });
});
