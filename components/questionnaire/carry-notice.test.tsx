import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { readFlowHashInEnglish } from "@/lib/link/english-flow";
import { assessmentsIn } from "@/lib/link/flow-route";
import { CarryNotice } from "./carry-notice";
import { messagesFor } from "@/lib/i18n/messages";

const titles = new Map([
  ["journey", "The customer-centricity journey"],
  ["blunders", "The five blunders"],
]);
/** What the flow page reads from its address, as useCarry reads it. */
const carryOf = (hash: string) => {
  const read = readFlowHashInEnglish(hash);
  return { hash: read, withIds: assessmentsIn(read.with, [...titles.keys()]), retake: { status: "none" as const } };
};
// A journey result's link with its seal cut short, as a mail program might leave it.
const cut = "v=2&journey=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAA&label=CFO&z=AB";

// The intro once promised "your result comes along", and the end of the run dropped it.
describe("what the flow's intro says a run brings along", () => {
  it("says at once that a damaged carried result cannot come along, and promises nothing", () => {
    render(
      <CarryNotice
        carry={carryOf(`#with=${encodeURIComponent(cut)}&role=CFO`)}
        titles={titles}
        locale="en"
        messages={messagesFor("en").flow.carry}
      />,
    );
    const notice = screen.getByRole("status");
    expect(notice.textContent).toMatch(/The result this link brings along from another assessment cannot be read/);
    expect(notice.textContent).toContain("looks cut off");
    expect(notice.textContent).not.toMatch(/comes along/);
    // What could be kept is kept: the role typed on the way in.
    expect(notice.textContent).toContain("Answering as CFO");
  });
});
