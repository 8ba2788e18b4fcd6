import type { Contact } from "../../../domain/passenger.js";
import { parseContactAnswer, phoneFromContact } from "../../../domain/contact-input.js";

/**
 * Words around a new contact typed at the booking summary, saying nothing of their own: "ganti email jadi
 * budi@x.com", "new phone: 0812…", "pakai wa 0812… aja".
 */
const AROUND = new Set([
  "ganti", "gnti", "ubah", "rubah", "diganti", "diubah", "ralat", "koreksi", "update", "change", "edit", "new", "baru", "jadi", "jd", "ke", "to", "is",
  "the", "its", "pakai", "pake", "pakei", "use", "kontak", "contact", "kontaknya", "emailnya", "hpnya", "wanya", "nomornya", "number", "nya", "yg", "yang",
  "ini", "aja", "saja", "dong", "ya", "kak", "pls", "please", "tolong", "mohon", "sorry", "maaf", "salah", "wrong", "eh", "harusnya", "should", "be",
  "customer", "pelanggan", "penumpang", "tamu",
]);

/** What says which half is typed ("email:", "wa", "hp"), as the contact reader drops it. */
const LABEL = /^(?:e-?mail|surel|wa|whatsapp|hp|no|nomor|telp|telepon|phone|mobile|tel)\.?:?$/i;

export type TypedContact =
  | { kind: "contact"; contact: Contact }
  /** Meant as a contact but not one that can be taken: the hint the contact question would give. */
  | { kind: "invalid"; what: "email" | "phone" };

/**
 * A new e-mail and/or phone typed at the summary, read as the contact question reads it (contact-input.ts),
 * so what the summary takes is what the contact question would have taken. The half not typed is kept.
 * `card`: a shared contact card (its number). Undefined when the words are not a contact at all.
 */
export function typedContactAtSummary(text: string, current: Contact, card = false): TypedContact | undefined {
  if (card) {
    const phone = phoneFromContact(text);
    return phone ? { kind: "contact", contact: { ...current, phone } } : { kind: "invalid", what: "phone" };
  }
  if (text.includes("\n")) return undefined;
  const rest = text.split(/\s+/).filter((w) => w && !AROUND.has(w.toLowerCase().replace(/[:.,!]+$/, "")) && !LABEL.test(w)).join(" ");
  if (rest === "") return undefined;
  const typed = parseContactAnswer(rest);
  if (typed.email || typed.phone) return { kind: "contact", contact: { email: typed.email ?? current.email, phone: typed.phone ?? current.phone } };
  // "budi@gmail" or "0212345678" (no mobile): meant as a contact, said what is wrong rather than "use the buttons".
  if (/^\S+@\S+$/.test(rest)) return { kind: "invalid", what: "email" };
  if (/^\+?[\d\s().-]+$/.test(rest) && rest.replace(/\D/g, "").length >= 8) return { kind: "invalid", what: "phone" };
  return undefined;
}
