import { describe, expect, it } from "vitest";
import { searchWithDetails } from "../../src/domain/search-with-details.js";

describe("searchWithDetails: a WhatsApp request pasted whole", () => {
  it("splits the trip from the passengers and contact under it", () => {
    expect(searchWithDetails("cgk dps besok 2 dewasa\nTn Budi Santoso\nNy Ani Lestari\n081234567890")).toEqual({
      search: "cgk dps besok 2 dewasa", details: "Tn Budi Santoso\nNy Ani Lestari\n081234567890",
    });
    expect(searchWithDetails("Kak mau pesan tiket cgk-dps tgl 20 des 2 org\n1. Tn Budi Santoso 12-03-1985\n2. Ny Ani Lestari 5/6/1990\nhp 081234567890\nemail budi@gmail.com")).toEqual({
      search: "Kak mau pesan tiket cgk-dps tgl 20 des 2 org", details: "1. Tn Budi Santoso 12-03-1985\n2. Ny Ani Lestari 5/6/1990\nhp 081234567890\nemail budi@gmail.com",
    });
    expect(searchWithDetails("jkt-sby\ntgl 12 des 2 org\n\nData penumpang:\nMr John Smith\nMrs Jane Smith")).toEqual({
      search: "jkt-sby tgl 12 des 2 org", details: "Data penumpang:\nMr John Smith\nMrs Jane Smith",
    });
  });

  it("leaves alone one line, names only, and a search with a contact but no passenger", () => {
    expect(searchWithDetails("cgk dps besok 1 dewasa Tn Budi Santoso")).toBeUndefined();
    expect(searchWithDetails("Tn Budi Santoso\nNy Ani Lestari")).toBeUndefined();
    expect(searchWithDetails("cgk dps besok\n081234567890")).toBeUndefined();
    expect(searchWithDetails("cgk dps\nbesok pagi")).toBeUndefined();
  });
});
