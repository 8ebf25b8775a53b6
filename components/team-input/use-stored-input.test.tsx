import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { readStoredInput, TEAM_INPUT_KEY } from "@/lib/workshop/stored-input";
import { useStoredInput } from "./use-stored-input";

function Box() {
  const { box, initialText, onBoxInput } = useStoredInput();
  return <textarea aria-label="Links" ref={box} defaultValue={initialText} onInput={onBoxInput} />;
}

const kept = () => readStoredInput(localStorage.getItem(TEAM_INPUT_KEY))?.text;

describe("the team box, kept in this browser", () => {
  it("keeps what was pasted once the typing stops", async () => {
    render(<Box />);
    fireEvent.input(screen.getByLabelText("Links"), { target: { value: "https://example.org/results/#v=2" } });
    expect(kept()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(kept()).toBe("https://example.org/results/#v=2");
  });

  it("keeps it at once when the page goes away before then: a reload loses nothing", () => {
    render(<Box />);
    fireEvent.input(screen.getByLabelText("Links"), { target: { value: "https://example.org/results/#v=2" } });
    window.dispatchEvent(new Event("pagehide"));
    expect(kept()).toBe("https://example.org/results/#v=2");
  });
});
