import { EnglishReport } from "@/test/english-report";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { encodeCompareFragment } from "@/lib/compare/compare-link";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { decodeFragment, encodeFragment } from "@/lib/link/fragment";
import type { SharedResult } from "@/lib/link/result-schema";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { ShareBox } from "./share-box";
import { linkErrorInEnglish } from "@/lib/link/english-errors";

const catalogue = loadCatalogue();
const journey = journeyOf(loadCurrentQuestionnaires())!;
const result: SharedResult = {
  assessments: [
    {
      questionnaireId: journey.id,
      version: journey.version,
      answers: Object.fromEntries(journey.questions.map((q) => [q.id, choose(2)])),
    },
  ],
  date: "2026-11-22",
};
const fragment = encodeFragment(result, catalogue);

function show() {
  window.history.replaceState(null, "", `/results/#${fragment}`);
  render(<ShareBox result={result} catalogue={catalogue} />, { wrapper: EnglishReport });
  return screen.getByRole("region", { name: "Name and share this result" });
}
/** What the address holds now, read as the results page reads it. */
const inAddress = () => {
  const decoded = decodeFragment(window.location.hash.slice(1), catalogue);
  if (!decoded.ok) throw new Error(linkErrorInEnglish(decoded.error));
  return decoded.value;
};

afterEach(() => {
  window.history.replaceState(null, "", "/results/");
  vi.unstubAllGlobals();
});

describe("naming and sharing a result", () => {
  it("writes the role and organisation into the link itself, with the same answers", async () => {
    const box = show();
    await userEvent.type(within(box).getByLabelText(/Your role or name/), "Head of service");
    await userEvent.type(within(box).getByLabelText(/Organisation/), "Acme Ltd");
    await userEvent.click(within(box).getByRole("button", { name: "Add to the link" }));
    expect(inAddress()).toEqual({ ...result, label: "Head of service", org: "Acme Ltd" });
    expect(within(box).getByRole("status").textContent).toBe(
      "The link now carries these names. Copy it again to share the new version.",
    );
  });

  it("refuses a name of invisible characters, says why, and leaves the link as it was", async () => {
    const box = show();
    await userEvent.type(within(box).getByLabelText(/Your role or name/), "\u200B\u3164");
    await userEvent.click(within(box).getByRole("button", { name: "Add to the link" }));
    expect(within(box).getByRole("status").textContent).toMatch(/^Your role or name holds only blank or invisible/);
    expect(window.location.hash).toBe(`#${fragment}`);
  });

  it("offers compare with this result as the later one", () => {
    const box = show();
    const compare = within(box).getByRole("link", { name: "Compare with an earlier result" });
    expect(compare.getAttribute("href")).toBe(`/compare/#${encodeCompareFragment("", fragment)}`);
  });

  it("offers the device's share sheet only where there is one, with the page's own link", async () => {
    expect(within(show()).queryByRole("button", { name: "Share…" })).toBeNull();
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal("navigator", { ...navigator, share });
    cleanup();
    const box = show();
    await userEvent.click(within(box).getByRole("button", { name: "Share…" }));
    expect(share).toHaveBeenCalledWith({ title: "Outside-In result", url: window.location.href });
  });
});
