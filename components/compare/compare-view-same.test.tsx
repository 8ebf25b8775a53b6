import { EN } from "@/test/english-words";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { journeyAt, teamCatalogue, teamLink } from "@/test/team-links";
import { CompareView } from "./compare-view";

const link = teamLink({ journey: journeyAt(2) }, { label: "CEO" });

afterEach(() => window.history.replaceState(null, "", "/compare/"));

describe("compare", () => {
  // The later link pasted between curly quotes, as a sentence in a mail gives it, is read too.
  it("says when both links hold the same result", async () => {
    render(<CompareView catalogue={teamCatalogue} locale="en" messages={EN.messages} />);
    await userEvent.type(screen.getByLabelText("Earlier result link (before)"), link);
    await userEvent.type(screen.getByLabelText("Later result link (after)"), `“${link}”`);
    await userEvent.click(screen.getByRole("button", { name: "Compare" }));
    const notes = await screen.findAllByRole("status");
    expect(notes.map((note) => note.textContent)).toContainEqual(
      expect.stringMatching(/^Both links hold the same result/),
    );
  });
});
