/**
 * get_flight_data's `required`: one entry per add-order parameter, plus `separator*` headings.
 *
 * Decisions on unverified points:
 * - Every route: contact (conSalutation, conFirstName, conLastName, conPhone, conEmailAddress),
 *   per adult title/first/last name, `ida{n}` and `birthdatea{n}`; per child and infant title,
 *   names and birth date; per infant `parenti{n}` (combobox of the adults).
 * - International routes add, for every passenger (suffix a/c/i + n): passportno, passportExpiryDate,
 *   passportissueddate, passportissuing and passportnationality (comboboxes whose `resource` is the
 *   sandbox's own /general_api/listCountry URL).
 * - Lion Air adds `lioncaptcha` and `lionsessionid` (category "contact"), from getLionCaptcha.
 * - Children and infants choose from Mstr/Miss; add-order also takes Mr/Ms for them, as the docs'
 *   own example does.
 */
import { addDays } from "../wire/format.js";
import type { Party } from "./flight-view.js";

interface Field {
  mandatory: 0 | 1;
  type: "text" | "textbox" | "combobox" | "datetime";
  example: string;
  FieldText: string;
  category: string;
  resource?: { id: string; name: string }[] | string;
}

export const ADULT_TITLES = ["Mr", "Mrs", "Ms"] as const;
export const YOUNG_TITLES = ["Mstr", "Miss"] as const;

const options = (ids: readonly string[]) => ids.map((id) => ({ id, name: id }));
const text = (example: string, label: string, category: string): Field => ({
  mandatory: 1, type: "textbox", example, FieldText: label, category,
});
const date = (example: string, label: string, category: string): Field => ({
  mandatory: 1, type: "datetime", example, FieldText: label, category,
});
const separator = (label: string): Field => ({ mandatory: 1, type: "text", example: "", FieldText: label, category: "separator" });

export interface RequiredOptions {
  party: Party;
  international: boolean;
  captcha: boolean;
  /** URL of the country list for passport comboboxes. */
  countryListUrl: string;
  /** Outbound date (yyyy-mm-dd): birth-date examples fit each passenger type on that day. */
  travelDate: string;
}

export function requiredFields(o: RequiredOptions): Record<string, Field> {
  const out: Record<string, Field> = {
    separator: separator("Contact Person Information "),
    conSalutation: { ...text("Mr", "Title", "contact"), type: "combobox", resource: options(ADULT_TITLES) },
    conFirstName: text("Jane", "First Name", "contact"),
    conLastName: text("Wacob", "Last Name", "contact"),
    conPhone: text("+6281234567890", "Phone Number", "contact"),
    conEmailAddress: text("jane.wacob@example.com", "Email Address", "contact"),
  };
  if (o.captcha) {
    out.lioncaptcha = text("12345", "Lion Air Captcha", "contact");
    out.lionsessionid = { ...text("0yjpyyahziye1u55vgdau1a3|0", "Lion Air Captcha Session", "contact"), type: "text" };
  }
  const year = Number(o.travelDate.slice(0, 4));
  const kinds = [
    { letter: "a", count: o.party.adult, label: "Adult", titles: ADULT_TITLES, born: `${year - 35}-01-01` },
    { letter: "c", count: o.party.child, label: "Child", titles: YOUNG_TITLES, born: `${year - 6}-02-02` },
    { letter: "i", count: o.party.infant, label: "Infant", titles: YOUNG_TITLES, born: addDays(o.travelDate, -270) },
  ] as const;
  for (const k of kinds) {
    for (let n = 1; n <= k.count; n++) {
      const cat = `${k.label.toLowerCase()}${n}`;
      const key = (name: string) => `${name}${k.letter}${n}`;
      out[`separator_${cat}`] = separator(`${k.label} Passenger ${n}`);
      out[key("firstname")] = text("Jane", "First Name", cat);
      out[key("lastname")] = text("Wacob", "Last Name", cat);
      if (k.letter === "a") out[key("id")] = text("3174092302900001", "ID Card Number (KTP/Passport/Other)", cat);
      out[key("title")] = { ...text(k.titles[0], "Title", cat), type: "combobox", resource: options(k.titles) };
      out[key("birthdate")] = date(k.born, "Birth Date", cat);
      if (k.letter === "i") {
        const adults = Array.from({ length: o.party.adult }, (_, i) => ({ id: String(i + 1), name: `Adult ${i + 1}` }));
        out[key("parent")] = { ...text("1", "Travelling With", cat), type: "combobox", resource: adults };
      }
      if (o.international) Object.assign(out, passportFields(key, cat, o.countryListUrl));
    }
  }
  return out;
}

function passportFields(key: (name: string) => string, cat: string, countries: string): Record<string, Field> {
  const country = (label: string): Field => ({ ...text("id", label, cat), type: "combobox", resource: countries });
  return {
    [key("passportno")]: text("A1234567", "Passport Number", cat),
    [key("passportExpiryDate")]: date("2030-01-01", "Passport Expiry Date", cat),
    [key("passportissueddate")]: date("2020-01-01", "Passport Issued Date", cat),
    [key("passportissuing")]: country("Passport Issuing Country"),
    [key("passportnationality")]: country("Nationality"),
  };
}
