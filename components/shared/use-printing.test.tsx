import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { usePrinting } from "./use-printing";

function Probe() {
  return <p>{usePrinting() ? "On paper" : "On screen"}</p>;
}

describe("printing", () => {
  it("is known to a report drawn while the browser prints, so its sections start open", () => {
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    const { unmount } = render(<Probe />);
    expect(screen.getByText("On paper")).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(screen.getByText("On screen")).toBeTruthy();
    unmount();
    render(<Probe />);
    expect(screen.getByText("On screen")).toBeTruthy();
  });
});
