import { describe, expect, it } from "vitest";
import type { Leak } from "../../lib/i18n/english-leaks";
import { describeLeaks, newLeaks, staleBrowserEntries, staleEntries, type PageLeaks } from "./english-leaks";
import type { KnownLeak } from "./known-english-leaks";

const leak = (phrase: string, from = "lib/i18n/messages/en/team.ts: team.present"): Leak => ({ phrase, from: [from] });
const found: PageLeaks[] = [
  { page: "/de/team/", leaks: [leak("present the team view"), leak("Key takeaways", "the English page /articles/a/")] },
  { page: "/fr/about/", leaks: [leak("Key takeaways", "the English page /articles/a/")] },
];

describe("the allowlist of known English leaks", () => {
  it("passes over what it names, by phrase, source and page, and lists every other leak", () => {
    const known: KnownLeak[] = [{ phrase: "Key Takeaways!", pages: /\/about\/$/, seen: "build", why: "callout" }];
    expect(newLeaks(found, known)).toEqual([
      {
        page: "/de/team/",
        leaks: [leak("present the team view"), leak("Key takeaways", "the English page /articles/a/")],
      },
    ]);
    const bySource: KnownLeak[] = [{ from: /messages\/en\/team\.ts/, seen: "build", why: "team" }];
    expect(newLeaks(found, bySource).map((p) => p.leaks.map((l) => l.phrase))).toEqual([
      ["Key takeaways"],
      ["Key takeaways"],
    ]);
    expect(describeLeaks(newLeaks(found, []))).toContain(
      "/de/team/\n  “present the team view” (lib/i18n/messages/en/team.ts: team.present)",
    );
  });

  it("names an entry for the built pages that no page shows any more, never one seen only in the browser", () => {
    const known: KnownLeak[] = [
      { phrase: "present the team view", seen: "build", why: "team" },
      { phrase: "Your results are ready", seen: "build", why: "fixed" },
      { phrase: "Loading the team view", seen: "browser", why: "island" },
    ];
    expect(staleEntries(found, known).map((k) => k.phrase)).toEqual(["Your results are ready"]);
  });

  it("names an entry for the browser that a walk read its pages without meeting, never one for pages it did not read", () => {
    const known: KnownLeak[] = [
      { phrase: "present the team view", pages: /\/team\//, seen: "browser", why: "met" },
      { phrase: "Link to this section", pages: /\/team\//, seen: "browser", why: "fixed" },
      { phrase: "Link to this section", pages: /\/compare\//, seen: "browser", why: "not read" },
      { phrase: "Your results are ready", seen: "build", why: "the export's check judges it" },
    ];
    const visited = ["/de/team/ (team view)", "/fr/about/ (about)"];
    expect(staleBrowserEntries(found, visited, known).map((k) => k.why)).toEqual(["fixed"]);
  });
});
