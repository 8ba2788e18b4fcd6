import { describe, expect, it } from "vitest";
import { contactInAnswer } from "../../src/domain/contact-in-answer.js";

describe("the customer's contact typed with a passenger's answer", () => {
  it.each([
    ["3174012345678901 budi@mail.com 081234567890", { email: "budi@mail.com", phone: "081234567890", rest: "3174012345678901" }],
    ["3174012345678901\nemail budi@mail.com hp 0812-3456-7890", { email: "budi@mail.com", phone: "081234567890", rest: "3174012345678901" }],
    ["email budi@mail.com hp 0812-3456-7890", { email: "budi@mail.com", phone: "081234567890", rest: "" }],
    ["Mr Budi Santoso budi@mail.com 081234567890", { email: "budi@mail.com", phone: "081234567890", rest: "Mr Budi Santoso" }],
    ["Tn Budi Santoso\nemail: budi@mail.com", { email: "budi@mail.com", rest: "Tn Budi Santoso" }],
    ["Budi Santoso / budi@mail.com / 0812 3456 7890", { email: "budi@mail.com", phone: "081234567890", rest: "Budi Santoso" }],
    ["3174012345678901 081234567890", { phone: "081234567890", rest: "3174012345678901" }],
    ["17-08-1990 no hp: 0812-3456-7890", { phone: "081234567890", rest: "17-08-1990" }],
    ["hp 081234567890", { phone: "081234567890", rest: "" }],
    ["wa +62 812 3456 7890", { phone: "081234567890", rest: "" }],
    // A KTP typed in fours holds "0823 4567 8901", no phone.
    ["3174 0823 4567 8901 budi@mail.com", { email: "budi@mail.com", rest: "3174 0823 4567 8901" }],
  ])("%j → %j", (typed, found) => {
    expect(contactInAnswer(typed)).toEqual(found);
  });

  it.each(["081234567890", "3174012345678901", "3174 0823 4567 8901", "3174 0823 4567 8901 dan 3174 0812 3456 7890", "A1234567 31-12-2031", "17-08-1990", "08-12-1990", "Tn Budi Santoso", "Ny. Siti Aminah (ibunya)"])("%j holds no contact", (typed) => {
    expect(contactInAnswer(typed)).toBeUndefined();
  });
});
