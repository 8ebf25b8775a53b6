import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readStoredInput, TEAM_INPUT_KEY, writeStoredInput } from "@/lib/workshop/stored-input";
import { useStoredInput } from "./use-stored-input";
import { teamText } from "@/test/team-text";

function Box() {
  const { box, initialText, onBoxInput, problem } = useStoredInput(teamText());
  return (
    <>
      <textarea aria-label="Links" ref={box} defaultValue={initialText} onInput={onBoxInput} />
      <p role="status">{problem}</p>
    </>
  );
}

const kept = () => readStoredInput(localStorage.getItem(TEAM_INPUT_KEY))?.text;

describe("the team box, kept in this browser", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("keeps what was pasted once the typing stops", () => {
    // The box waits for a pause in typing (400 ms) before it writes: on a fake clock that pause
    // is exact, however busy the machine.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    render(<Box />);
    const box = screen.getByLabelText("Links");
    fireEvent.input(box, { target: { value: "https://example.org/results/#v=" } });
    vi.advanceTimersByTime(300);
    fireEvent.input(box, { target: { value: "https://example.org/results/#v=2" } });
    vi.advanceTimersByTime(300);
    expect(kept()).toBeUndefined();
    vi.advanceTimersByTime(100);
    expect(kept()).toBe("https://example.org/results/#v=2");
  });

  it("keeps it at once when the page goes away before then: a reload loses nothing", () => {
    render(<Box />);
    fireEvent.input(screen.getByLabelText("Links"), { target: { value: "https://example.org/results/#v=2" } });
    window.dispatchEvent(new Event("pagehide"));
    expect(kept()).toBe("https://example.org/results/#v=2");
  });
});

describe("a second tab of the team view", () => {
  it("is noticed when it replaces the list this browser keeps, and this tab's box is left as it is", () => {
    render(<Box />);
    fireEvent.input(screen.getByLabelText("Links"), { target: { value: "https://example.org/results/#v=2&mine" } });
    window.dispatchEvent(new Event("pagehide"));
    const theirs = writeStoredInput("https://example.org/results/#v=2&theirs", "");
    localStorage.setItem(TEAM_INPUT_KEY, theirs);
    act(() => {
      window.dispatchEvent(new StorageEvent("storage", { key: TEAM_INPUT_KEY, newValue: theirs }));
    });
    expect(screen.getByRole("status").textContent).toMatch(/^Another tab of the team view changed the list kept/);
    expect(screen.getByLabelText("Links")).toHaveProperty("value", "https://example.org/results/#v=2&mine");
  });
});
