import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { JoinForm } from "./join-form";

const assign = vi.fn();

afterEach(() => {
  assign.mockReset();
  vi.unstubAllGlobals();
});

function renderForm() {
  vi.stubGlobal("location", { ...window.location, assign });
  render(
    <JoinForm
      token="tok"
      roles={[]}
      listed={false}
      journeyId="journey"
      locale="en"
      messages={messagesFor("en").invitation.form}
    />,
  );
}

describe("the join form", () => {
  it("refuses an organisation made only of invisible characters, says why, and starts nothing", async () => {
    renderForm();
    await userEvent.type(screen.getByLabelText("Your role"), "Chief financial officer");
    await userEvent.type(screen.getByLabelText(/Organisation/), "\u200B\u200B");
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(screen.getByText(/Your organisation holds only blank or invisible characters/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/Organisation/));
    expect(assign).not.toHaveBeenCalled();
  });

  it("starts the journey with role and organisation in its address once both can be read", async () => {
    renderForm();
    await userEvent.type(screen.getByLabelText("Your role"), "Chief financial officer");
    await userEvent.type(screen.getByLabelText(/Organisation/), "Example Ltd");
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(assign).toHaveBeenCalledTimes(1);
    const address = decodeURIComponent(String(assign.mock.calls[0]?.[0]).replace(/\+/g, " "));
    expect(address).toMatch(/^\/assess\/journey\/#/);
    expect(address).toContain("Chief financial officer");
    expect(address).toContain("Example Ltd");
  });
});
