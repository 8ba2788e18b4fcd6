import { MAX_ANSWER } from "./answer-limit.js";
import { withoutMarker } from "./passenger-lines.js";
import { leadingTitles } from "./title-words.js";

/** The labels of a passenger's data field, each on its own line under the name (WhatsApp style). */
type Field = "birth" | "passport" | "expiry" | "ktp" | "nationality";

/** The end of a label: ":", "=", " - " or a space before a digit ("Exp 17-03-2027"). */
const END = String.raw`(?:\s*[:=]\s*|\s+-\s+|\s+(?=\d))`;
const FIELDS: [Field, RegExp][] = [
  ["birth", new RegExp(String.raw`^(?:(?:tempat\s*[,/]?\s*)?(?:tgl|tggl|tanggal)\.?\s*lahir|ttl|lahir|lhr|dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday|born)${END}`, "i")],
  ["expiry", new RegExp(String.raw`^(?:exp(?:iry|ired|ires)?(?:\s+date)?|date\s+of\s+expiry|masa\s+berlaku(?:\s+paspor)?|berlaku(?:\s+(?:s\.?\s*d\.?|sampai|hingga))?|(?:tgl|tanggal)\.?\s*(?:habis|kadaluarsa|kedaluwarsa|expired?)|valid(?:\s+(?:until|thru|till))?)${END}`, "i")],
  ["passport", new RegExp(String.raw`^(?:(?:no|nomor|nmr)\.?\s*)?(?:paspor|pasport|passport|pspt)(?:\s*(?:no|number|nomor)\.?)?${END}`, "i")],
  ["ktp", new RegExp(String.raw`^(?:(?:no|nomor|nmr)\.?\s*)?(?:nik|e-?ktp|ktp)${END}`, "i")],
  ["nationality", new RegExp(String.raw`^(?:kewarganegaraan|warga\s*negara|wn|nationality|citizenship)${END}`, "i")],
];

/** Where each field goes on the joined line, as the name line's reader places them (name-line-data.ts). */
const ORDER: Field[] = ["birth", "passport", "expiry", "ktp", "nationality"];

/** A field line: its field and the value typed after the label. */
function fieldOf(line: string): { field: Field; value: string } | undefined {
  const t = withoutMarker(line);
  for (const [field, re] of FIELDS) {
    const m = re.exec(t);
    if (m && t.slice(m[0].length).trim()) return { field, value: t.slice(m[0].length).trim() };
  }
  return undefined;
}

/**
 * Passengers pasted as labelled blocks, one field a line under each name, the blocks apart by blank
 * lines or numbering:
 *   Nama: Tn. Budi Santoso
 *   Tgl lahir: 17 agustus 1990
 *   No paspor: A1234567
 *   Exp: 17-03-2027
 * → "Nama: Tn. Budi Santoso 17 agustus 1990 A1234567 17-03-2027": each block one line, its fields in
 * the order the name line's reader places them (birth date, passport then its expiry, KTP,
 * nationality), so every field answers its own question as if pasted on the name's line. Any other
 * line (a contact, an address, a heading) stays as it is. Unchanged unless every titled name has field
 * lines under it and every block with fields starts with a titled name.
 */
export function joinLabelledBlocks(input: string): string {
  if (input.length > MAX_ANSWER * 9) return input;
  const out: { line: string; fields?: Partial<Record<Field, string>>; extra?: string[] }[] = [];
  let current: (typeof out)[number] | undefined;
  let joined = false;
  for (const raw of input.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      current = undefined;
      continue;
    }
    const f = fieldOf(line);
    if (f && current) {
      const fields = (current.fields ??= {});
      // The same field twice in one block: which is whose is not sure, so the second is left as typed.
      if (fields[f.field] === undefined) fields[f.field] = f.field === "birth" ? withoutPlace(f.value) : f.value;
      else (current.extra ??= []).push(f.value);
      joined = true;
      continue;
    }
    const entry = { line };
    out.push(entry);
    // A contact or other labelled line inside a block stays its own line, and the block goes on.
    if (!f && !/^(?:(?:no\.?\s*)?(?:hp|wa|whatsapp|telp|telepon|tlp|phone|mobile)|e-?mail|surel|alamat|address|jk|jenis\s+kelamin|gender)\b/i.test(withoutMarker(line))) current = entry;
  }
  // Only where every block is a titled name with its own fields: "Mr Budi\nMrs Siti\nNIK …" (whose NIK?) and
  // an untitled "Nama: Budi" (refused, its data said) are read line by line as before.
  const titled = (line: string) => !!leadingTitles(withoutMarker(line).replace(/^[\p{L} ]{0,30}[:=]\s*/u, ""));
  if (!joined || out.some((e) => (e.fields !== undefined) !== titled(e.line))) return input;
  return out
    .map(({ line, fields, extra }) => [line, ...ORDER.map((k) => fields?.[k]).filter((v): v is string => !!v), ...(extra ?? [])].join(" "))
    .join("\n");
}

/** "Jakarta, 17-08-1990" (tempat, tanggal lahir) → "17-08-1990": the place is no part of the date. */
function withoutPlace(value: string): string {
  const m = /^[\p{L} .'-]+,\s*(\d.*)$/u.exec(value);
  return m ? m[1]! : value;
}
