import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { NoteField } from "./note-field";

const fits = () => Promise.resolve(500);
const english = { locale: "en" as const, messages: messagesFor("en").flow.note };

// Every question and every line of the review carries a note field, and most answers never get a
// note: the text area is drawn only once the leader opens the field, or when a note is there.
describe("a note field", () => {
  it("draws its text area only once opened, then keeps what is typed", async () => {
    const user = userEvent.setup();
    const kept: string[] = [];
    const { container } = render(<NoteField note="" onKeep={(t) => kept.push(t)} linkLength={fits} {...english} />);
    expect(container.querySelector("textarea")).toBeNull();
    await user.click(screen.getByText("Add a note"));
    await user.type(screen.getByLabelText(/^Note on this answer/), "Churn review");
    expect(await screen.findByText("12 of 280 characters")).toBeTruthy();
    expect(kept.at(-1)).toBe("Churn review");
  });

  it("opens with its note when there is one", () => {
    render(<NoteField note="Churn review" onKeep={() => undefined} linkLength={fits} {...english} />);
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^Note on this answer/).value).toBe("Churn review");
  });
});
