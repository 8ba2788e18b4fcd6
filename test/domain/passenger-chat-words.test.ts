import { describe, expect, it } from "vitest";
import { changeRequest } from "../../src/domain/change-request.js";
import { chatWords, soundsLikeSeveral } from "../../src/domain/passenger-chat-words.js";
import { parseTitledName } from "../../src/domain/passenger-parse.js";
import { pastedNames } from "../../src/domain/pasted-names.js";

/** The name as the parser takes it, and the chat words in it. */
function read(typed: string): { name?: string; chat: string[] } {
  const r = parseTitledName(typed, "adult");
  const name = r.ok ? `${r.title} ${r.fullName}` : "fullName" in r ? r.fullName : undefined;
  return { name, chat: name ? chatWords(name.replace(/^(Mr|Mrs|Ms) /, "")) : [] };
}

describe("chat typed at the name question is no name", () => {
  it.each([
    ["ibu nya minta ganti tanggal", ["nya", "minta", "ganti", "tanggal"]],
    ["Bu sebentar ya namanya nyusul", ["sebentar", "ya", "namanya", "nyusul"]],
    ["Tn nya blm kirim nama", ["nya", "blm", "kirim", "nama"]],
    ["Mr nanti dulu", ["nanti", "dulu"]],
    ["pak bentar ya", ["bentar", "ya"]],
    ["Ibu blm kasih KTP", ["blm", "kasih", "ktp"]],
    ["ibu nya nyusul ya kak", ["nya", "nyusul", "ya", "kak"]],
    ["Bu ya", ["ya"]],
    ["Mr wait later", ["wait", "later"]],
    ["Pak udh gk usah", ["udh", "gk"]],
    ["Ny tunggu lagi ya", ["tunggu", "lagi", "ya"]],
    ["Mrs mau tomorrow", ["mau", "tomorrow"]],
    ["Tn sudah dong", ["sudah", "dong"]],
  ])("%j → chat words %j", (typed, words) => {
    expect(read(typed).chat).toEqual(words);
  });
});

describe("real names pass without a question", () => {
  it.each([
    "Tn Budi Santoso", "Ny Siti Aminah", "Mr Sukarno", "Mrs Siti", "Tn Joko Widodo", "Ny Sri Wahyuni", "Nn Ayu Lestari",
    // Arabic-origin, with bin/binti and honours
    "Tn Muhammad Nur Ikhsan bin Abdul Rahman", "Ny Fatimah binti Abdullah", "Tn Ahmad Salah", "Mr Mohamed Salah", "Ibu Hj. Siti Nurhaliza",
    "Bapak H. Ahmad Dahlan", "Tn Salahuddin Al Ayyubi", "Ny Syarifah Aisyah Al Habsyi", "Tn Abu Bakar Ba'asyir", "Ny Nur Aini",
    // Chinese-Indonesian
    "Tn Tan Joe Hok", "Tn Liem Swie King", "Ny Oei Hui Lan", "Tn Kwik Kian Gie", "Tn Go Tik Swan", "Ny Lim Ya Ling", "Tn Tan Dong Hwa",
    "Tn Gan Kok Wei", "Ny Tjoa Siu Lan", "Tn The Kian Seng", "Ny Ang Lay Hoa", "Tn Yang Wen Li", "Tn Loh Kim Seng", "Mr Nik Ahmad",
    // Balinese, Javanese, Sundanese, Batak, Manado, Eastern Indonesia
    "Tn I Made Wirawan", "Ny Ni Luh Putu Ayu", "Tn I Gusti Ngurah Rai", "Tn Anak Agung Gde Agung", "Tn I Nyoman Sudarma",
    "Ny Tukiyem", "Tn Paijo", "Tn Asep Sunandar", "Ny Euis Neneng", "Tn Hotman Paris Hutapea", "Ny Tiurma Simanjuntak",
    "Tn Johannes Lumban Tobing", "Ny Maria Wenas", "Tn Frans Kaisiepo", "Ny Yohana Yembise",
    // others that look like words but are names
    "Ny Kasih Ramadhani", "Ms Tanya Sari", "Ny Sonya Anggraini", "Mr Will Smith", "Tn Hari Santoso", "Ny Dewi Sartika",
    "Mr Staf Setia", "Mrs Lia Pergi", "Mrs Mira Cabang", "Mr Budi Malam", "Mrs Mira Publik", "Mrs Mira Demosi",
    "Tn M.Rizky Pratama", "Tn Budi S.", "Ny An Nisa", "Tn Soon Lee",
  ])("%s", (typed) => {
    const r = read(typed);
    expect(r.name).toBeDefined();
    expect(r.chat).toEqual([]);
  });
});

describe("a change asked at a passenger question", () => {
  it.each([
    ["ganti tgl", "date"], ["ganti tgl 10", "date"], ["ganti tujuan ke lombok", "route"], ["eh salah, ke lombok", "route"],
    ["ganti jadi 3 org", "party"], ["salah nama", "name"], ["ganti nama", "name"], ["ibu nya minta ganti tanggal", "date"],
    ["ganti pesawat", "flight"], ["salah", "any"], ["eh salah", "any"], ["change the date", "date"], ["wrong name", "name"],
  ] as const)("%j → %s", (typed, target) => expect(changeRequest(typed)).toBe(target));

  it.each(["Tn Ahmad Salah", "Mr Mohamed Salah", "Tn Budi Santoso", "Ny Siti Aminah", "ganteng", "Tn Salahuddin"])("%j is no change", (typed) => {
    expect(changeRequest(typed)).toBeUndefined();
  });
});

describe("a list pasted from WhatsApp", () => {
  it("a heading and a thank-you line are no names", () => {
    expect(pastedNames("Nama penumpang:\n1. Mr Budi Santoso\n2. Mrs Siti Aminah\nmksh kak 🙏")).toEqual({ lines: ["1. Mr Budi Santoso", "2. Mrs Siti Aminah"], dropped: [] });
    expect(pastedNames("Data penumpang\nTn Budi Santoso\nTerima kasih ya kak").lines).toEqual(["Tn Budi Santoso"]);
  });

  it("a 'Nama:' label goes, the data lines after it are taken out and said", () => {
    expect(pastedNames("Nama: Budi Santoso\nNIK: 3174092302900001\nTgl lahir: 17-08-1990")).toEqual({
      lines: ["Budi Santoso"],
      dropped: [{ kind: "id", text: "NIK: 3174092302900001" }, { kind: "birth", text: "17-08-1990" }],
    });
    expect(pastedNames("Nama: Tn Budi Santoso\nHP: 0812 3456 7890").dropped).toEqual([{ kind: "contact", text: "HP: 0812 3456 7890" }]);
  });

  it("names joined by / or & with a title each are several; the airlines' LAST/FIRST is one", () => {
    expect(pastedNames("Mr Budi Santoso / Mrs Siti Aminah").lines).toEqual(["Mr Budi Santoso", "Mrs Siti Aminah"]);
    expect(pastedNames("Tn Budi Santoso & Ny Siti Aminah").lines).toEqual(["Tn Budi Santoso", "Ny Siti Aminah"]);
    expect(pastedNames("Tn Budi Santoso dan Ny Siti Aminah").lines).toEqual(["Tn Budi Santoso", "Ny Siti Aminah"]);
    expect(pastedNames("SANTOSO/BUDI MR").lines).toEqual(["MR BUDI SANTOSO"]);
    expect(pastedNames("Tn Budi & Siti").lines).toEqual(["Tn Budi & Siti"]);
  });

  it("a phone number or a note in brackets after a name comes out of it, and is said", () => {
    expect(pastedNames("1. Tn. Budi Santoso 081234567890\n2. Ny. Siti Aminah 081298765432")).toEqual({
      lines: ["1. Tn. Budi Santoso", "2. Ny. Siti Aminah"],
      dropped: [{ kind: "phone", text: "081234567890" }, { kind: "phone", text: "081298765432" }],
    });
    expect(pastedNames("Tn Budi Santoso wa: +62 812-3456-7890")).toEqual({ lines: ["Tn Budi Santoso"], dropped: [{ kind: "phone", text: "wa: +62 812-3456-7890" }] });
    expect(pastedNames("Ny. Siti Aminah (ibunya)")).toEqual({ lines: ["Ny. Siti Aminah"], dropped: [{ kind: "note", text: "(ibunya)" }] });
    // An age in brackets is the trailing-date reader's to say.
    expect(pastedNames("An. Rafi (5 thn)").lines).toEqual(["An. Rafi (5 thn)"]);
  });
});

describe("who the passenger is, and chat after a name, is no name either", () => {
  it.each([
    ["Mr Budi sama istri", ["sama", "istri"]],
    ["Mr Budi Santoso berdua", ["berdua"]],
    ["Mrs Istri Budi", ["istri"]],
    ["Mr Suami", ["suami"]],
    ["Mrs Customer", ["customer"]],
    ["Mr nunggu konfirmasi", ["nunggu", "konfirmasi"]],
    ["Mr Budi otw", ["otw"]],
    ["Mr Budi Santoso tar ya", ["tar", "ya"]],
    ["Mr Penumpang Satu", ["penumpang", "satu"]],
    ["Mr Budi gatau", ["gatau"]],
    ["Mr Budi wkwk", ["wkwk"]],
    ["Mr Budi ditanyain", ["ditanyain"]],
    ["Tn Budi skrg", ["skrg"]],
    ["Mr to be confirmed", ["to", "be", "confirmed"]],
    ["Mr Budi will confirm", ["will", "confirm"]],
    ["Mr hold on", ["hold", "on"]],
    ["Mr Budi sama anak", ["sama", "anak"]],
    ["Mr TBC", ["tbc"]],
    ["Mr Minta", ["minta"]],
    ["Ny sama aja", ["sama", "aja"]],
  ])("%j → chat words %j", (typed, words) => {
    expect(read(typed).chat).toEqual(words);
  });

  it("several people in one name are said to be several", () => {
    expect(soundsLikeSeveral(read("Mr Budi sama istri").chat)).toBe(true);
    expect(soundsLikeSeveral(read("Mr Budi Santoso berdua").chat)).toBe(true);
    expect(soundsLikeSeveral(read("Mr Budi otw").chat)).toBe(false);
    expect(soundsLikeSeveral(read("Ny sama aja").chat)).toBe(false);
  });
});

describe("words that are also name parts count only beside chat, or as the whole one-word name", () => {
  it.each([
    "Mr Jan Bos", "Mr Sam Boss", "Mr Tan Mau Liong", "Ny Lie Sih Hwa", "Ms Aja Putri", "Mrs Minta Sari", "Mr Will Yang", "Mr Loh Kan",
    "Mr Kan Yang", "Tn Gan Kok", "Tn Will Kasih", "Tn Anak Agung Gde Agung", "Mr To Lam", "Tn Soon Lee",
  ])("%s", (typed) => {
    const r = read(typed);
    expect(r.name).toBeDefined();
    expect(r.chat).toEqual([]);
  });
});

describe("chat pasted with a list of names", () => {
  it("a chat line beside titled names is left out and said", () => {
    expect(pastedNames("Mr Budi Santoso\nMrs Siti Aminah\nbesok berangkat ya kak")).toEqual({ lines: ["Mr Budi Santoso", "Mrs Siti Aminah"], dropped: [{ kind: "chat", text: "besok berangkat ya kak" }] });
    expect(pastedNames("Mr Budi Santoso\nMrs Siti Aminah\nnanti KTP nyusul").dropped).toEqual([{ kind: "chat", text: "nanti KTP nyusul" }]);
    expect(pastedNames("Mr Budi Santoso\nMrs Siti Aminah\nThanks, please book asap").lines).toEqual(["Mr Budi Santoso", "Mrs Siti Aminah"]);
  });

  it("a name without a title, or a chat line alone, stays to be said what it lacks", () => {
    expect(pastedNames("Mr Budi Santoso\nSiti Aminah ya kak").lines).toEqual(["Mr Budi Santoso", "Siti Aminah ya kak"]);
    expect(pastedNames("Budi Santoso\nSiti Aminah").lines).toEqual(["Budi Santoso", "Siti Aminah"]);
    expect(pastedNames("bentar ya kak").lines).toEqual(["bentar ya kak"]);
  });

  it("TTL with a place and a date is a birth date; chat after the last comma goes", () => {
    expect(pastedNames("Mr Budi Santoso\nMrs Siti Aminah\nNIK 3174092302900001\nTTL Jakarta 17-08-1990").dropped).toEqual([
      { kind: "id", text: "NIK 3174092302900001" }, { kind: "birth", text: "Jakarta 17-08-1990" },
    ]);
    expect(pastedNames("Mr Budi Santoso, Mrs Siti Aminah, tolong dibantu")).toEqual({ lines: ["Mr Budi Santoso", "Mrs Siti Aminah"], dropped: [{ kind: "chat", text: "tolong dibantu" }] });
    expect(pastedNames("Santoso, Budi").lines).toEqual(["Santoso, Budi"]);
    expect(pastedNames("Tn Budi, Ny Siti").lines).toEqual(["Tn Budi", "Ny Siti"]);
  });
});
