import { describe, expect, it } from "vitest";
import { pastedNames } from "../../src/domain/pasted-names.js";

// Two dashed dates, or a dashed date and a KTP number, after a name were cut out as a phone number
// ("08-1990 31-12-2031" starts like 08…): the data after the name was lost before it could be read.
describe("dates pasted after a name are no phone number", () => {
  it.each(["Mr Budi Santoso 17-08-1990 31-12-2031", "Mr Budi Santoso 17-08-1990 3174092302900001", "Ny Siti 01-08-1985 A1234567 08-08-2030"])("%s stays one line, nothing dropped", (line) => {
    expect(pastedNames(line)).toEqual({ lines: [line], dropped: [] });
  });

  it.each([["Tn Budi Santoso 081234567890", "081234567890"], ["Ny Siti 0812-3456-7890", "0812-3456-7890"], ["Tn Budi +62 812 3456 7890", "+62 812 3456 7890"], ["Tn Budi wa:0812 3456 7890", "wa:0812 3456 7890"]])("%s: the phone still comes out of the name", (line, phone) => {
    expect(pastedNames(line).dropped).toEqual([{ kind: "phone", text: phone }]);
  });
});
