import { describe, expect, it } from "vitest";
import { isValidIsbn, SourceSchema, sourceLink } from "./schema";

describe("isValidIsbn", () => {
  it.each([
    // ISBN-13: digits weighted 1,3,1,3…, the sum a multiple of 10.
    ["978-0-306-40615-7", true],
    ["9780306406157", true],
    ["978-0-306-40615-6", false],
    // ISBN-10: digits weighted 10…1, the sum a multiple of 11; X stands for 10.
    ["0-306-40615-2", true],
    ["0-8044-2957-X", true],
    ["0-306-40615-3", false],
    ["not an isbn", false],
  ])("%s is %s", (isbn, valid) => {
    expect(isValidIsbn(isbn)).toBe(valid);
  });
});

describe("sourceLink", () => {
  const base = { id: "t", author: "A", title: "T", kind: "book" as const, year: 2007 };

  it("prefers the work's own address, then its ISBN's record, else none", () => {
    expect(sourceLink({ ...base, url: "https://example.org/a", isbn: "9780306406157" })).toBe("https://example.org/a");
    expect(sourceLink({ ...base, isbn: "978-0-306-40615-7" })).toBe("https://openlibrary.org/isbn/9780306406157");
    expect(sourceLink(base)).toBeUndefined();
  });

  it("refuses a field it does not know, so a misspelt one is not silently dropped", () => {
    expect(SourceSchema.safeParse({ ...base, publisher: "P" }).success).toBe(false);
  });

  it("takes a year or n.d., and needs an author or organisation, and a publication for anything but a book", () => {
    expect(SourceSchema.safeParse({ ...base, year: "n.d." }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...base, year: "2007" }).success).toBe(false);
    const { author: _author, ...anonymous } = base;
    expect(SourceSchema.safeParse(anonymous).success).toBe(false);
    expect(SourceSchema.safeParse({ ...anonymous, organisation: "BusinessWeek" }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...base, kind: "article" }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base, kind: "article", publication: "Fast Company" }).success).toBe(true);
  });
});
