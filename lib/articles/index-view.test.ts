import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/messages";
import { describeList, readIndexState, visibleSlugs, writeIndexState } from "./index-view";

describe("the address", () => {
  it("reads the search and a known tag, and ignores a tag the list does not have", () => {
    expect(readIndexState("?q=+churn+&tag=price", ["price"])).toEqual({ query: "churn", tag: "price" });
    expect(readIndexState("?tag=nonsense", ["price"])).toEqual({ query: "", tag: undefined });
  });

  it("writes both, drops empty ones, and keeps the rest of the address", () => {
    const base = "https://example.org/assessment/articles/?utm=x#top";
    expect(writeIndexState(base, { query: " nps ", tag: "price" })).toBe(
      "https://example.org/assessment/articles/?utm=x&q=nps&tag=price#top",
    );
    expect(writeIndexState("https://example.org/articles/?q=nps&tag=price", { query: "" })).toBe(
      "https://example.org/articles/",
    );
  });
});

describe("visibleSlugs", () => {
  const cards = [
    { slug: "a", tags: ["price"] },
    { slug: "b", tags: ["nps"] },
    { slug: "c", tags: ["price", "nps"] },
  ];
  it.each<[string | undefined, string[] | null, string[]]>([
    [undefined, null, ["a", "b", "c"]], // no tag, no search: the whole list in its order
    ["price", null, ["a", "c"]], // a tag keeps only its articles
    [undefined, ["c", "a"], ["c", "a"]], // a search keeps its ranking
    ["nps", ["c", "a"], ["c"]], // both: the ranking, within the tag
    ["nps", [], []],
  ])("tag %s, found %j → %j", (tag, found, expected) => {
    expect(visibleSlugs(cards, tag, found)).toEqual(expected);
  });
});

describe("describeList", () => {
  const base = { status: "ready" as const, query: "", shown: 17, inTag: 17, total: 17 };
  it.each<[Partial<Parameters<typeof describeList>[0]>, string]>([
    [{}, "17 articles"],
    [{ tagName: "Price", inTag: 3, shown: 3 }, "3 articles tagged “Price”"],
    [{ tagName: "Price", inTag: 1, shown: 1 }, "1 article tagged “Price”"],
    [{ query: "churn", shown: 4 }, "4 of 17 articles match “churn”"],
    [{ query: "churn", tagName: "Price", inTag: 3, shown: 1 }, "1 of 3 articles tagged “Price” match “churn”"],
    [{ query: "лояльность", shown: 0 }, "No article matches “лояльность”. Try fewer or shorter words."],
    [
      { query: "zzz", tagName: "Price", inTag: 3, shown: 0 },
      "No article tagged “Price” matches “zzz”. Try fewer or shorter words.",
    ],
    [{ query: "churn", status: "loading" }, "Loading the search…"],
    [{ query: "churn", status: "failed" }, "Search could not load, so all 17 articles are listed."],
    [{ status: "idle" }, "17 articles"],
    // A query with no word in it is no search: every article, and no claim that they match.
    [{ query: "%", shown: 17 }, "17 articles"],
    [{ query: " ?!… ", tagName: "Price", inTag: 3, shown: 3 }, "3 articles tagged “Price”"],
  ])("%j → %s", (change, expected) => {
    expect(describeList({ ...base, ...change }, messagesFor("en").articles, "en")).toBe(expected);
  });
});
