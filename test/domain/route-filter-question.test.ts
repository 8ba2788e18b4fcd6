import { describe, expect, it } from "vitest";
import { withoutQuestionWords } from "../../src/domain/route-filter-question.js";
import { routeChangeAtList } from "../../src/domain/list-route-change.js";

// The words typed with a route at a list: those that only ask go when the line names an airline or a time of day
// (list-new-search.ts), and an airline code keeps its capitals ("GA" is Garuda, "ga" in chat is "no").
describe("question words around an airline typed with a route", () => {
  it.each([
    ["ada citilink", "citilink"],
    ["garuda ada gk", "garuda"],
    ["any garuda", "garuda"],
    ["is there a lion flight", "lion"],
    ["naik garuda", "garuda"],
    ["apakah masih ada tiket lion", "lion"],
  ])("'%s' -> '%s'", (typed, kept) => {
    expect(withoutQuestionWords(typed)).toBe(kept);
  });

  it("'is' and 'are' ask only before 'there': a comparison stays one", () => {
    expect(withoutQuestionWords("garuda is cheaper")).toBe("garuda is cheaper");
  });

  it("the rest of a route change keeps its case; the places are read whatever their case", () => {
    expect(routeChangeAtList("GA to Lombok", { from: "CGK", to: "DPS" })).toEqual({ to: "lombok", rest: "GA" });
    expect(routeChangeAtList("KE LOMBOK AJA", { from: "CGK", to: "DPS" })).toEqual({ to: "lombok" });
  });
});
