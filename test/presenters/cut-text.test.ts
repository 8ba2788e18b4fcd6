import { describe, expect, it } from "vitest";
import { cutText, cutWithEllipsis } from "../../src/presenters/cut-text.js";
import { shortQuote } from "../../src/presenters/short-quote.js";
import { clip } from "../../src/presenters/html.js";

const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe("cutting text never splits an emoji", () => {
  it("cutText keeps whole emoji and stays within the limit", () => {
    expect(cutText("ab😀", 3)).toBe("ab");
    expect(cutText("ab😀", 4)).toBe("ab😀");
    expect(cutText("abc", 5)).toBe("abc");
    for (let max = 1; max < 12; max++) {
      const cut = cutText("😀🙏✈️x😀", max);
      expect(wellFormed(cut)).toBe(true);
      expect(cut.length).toBeLessThanOrEqual(max);
    }
  });

  it("cutWithEllipsis, clip and shortQuote end in … within the limit", () => {
    expect(cutWithEllipsis("abc😀def", 5)).toBe("abc…");
    expect(clip(`${"x".repeat(38)}😀😀`, 40)).toBe(`${"x".repeat(38)}…`);
    const quoted = shortQuote(`${"q".repeat(28)}😀zz`, 30);
    expect(quoted).toBe(`${"q".repeat(28)}…`);
    expect(wellFormed(shortQuote("😀".repeat(100)))).toBe(true);
  });
});
