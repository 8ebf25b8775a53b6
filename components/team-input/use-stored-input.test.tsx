import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readStoredInput, TEAM_INPUT_KEY, writeStoredInput } from "@/lib/workshop/stored-input";
import { BOX_MAX_LINES } from "@/lib/team-input/beside-the-box";
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

function BoxWithHeld() {
  const { box, initialText, onBoxInput, held, fill, text } = useStoredInput(teamText());
  return (
    <>
      <textarea aria-label="Links" ref={box} defaultValue={initialText} onInput={onBoxInput} />
      <ul aria-label="Held">
        {held.map((h) => (
          <li key={h.name}>{`${h.name} ${h.lines}`}</li>
        ))}
      </ul>
      <button onClick={() => fill("x\n".repeat(BOX_MAX_LINES), true, "big.txt")}>Fill big</button>
      <output aria-label="Read">{text().length}</output>
    </>
  );
}

describe("a text too long for the box", () => {
  it("is held beside it, kept in this browser, and read after the box", () => {
    render(<BoxWithHeld />);
    fireEvent.click(screen.getByText("Fill big"));
    window.dispatchEvent(new Event("pagehide"));
    expect(screen.getByLabelText("Links")).toHaveProperty("value", "");
    expect(screen.getByLabelText("Held").textContent).toBe(`big.txt ${BOX_MAX_LINES}`);
    const stored = readStoredInput(localStorage.getItem(TEAM_INPUT_KEY));
    expect(stored?.text).toBe("");
    expect(stored?.held?.map((h) => h.name)).toEqual(["big.txt"]);
  });

  it("comes back held, not in the box, after a reload; and a long list kept before texts were held is held too", () => {
    localStorage.setItem(TEAM_INPUT_KEY, writeStoredInput("#v=2&a", "", [{ name: "big.txt", text: "y\n".repeat(9) }]));
    const { unmount } = render(<BoxWithHeld />);
    expect(screen.getByLabelText("Links")).toHaveProperty("value", "#v=2&a");
    expect(screen.getByLabelText("Held").textContent).toBe("big.txt 9");
    unmount();
    localStorage.setItem(TEAM_INPUT_KEY, writeStoredInput("z\n".repeat(BOX_MAX_LINES + 1), ""));
    render(<BoxWithHeld />);
    expect(screen.getByLabelText("Links")).toHaveProperty("value", "");
    expect(screen.getByLabelText("Held").textContent).toBe(`The list kept in this browser ${BOX_MAX_LINES + 1}`);
  });
});
