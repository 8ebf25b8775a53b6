import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useLocationHash } from "./use-location-hash";

function Probe() {
  const hash = useLocationHash();
  return <p>{hash === null ? "Reading…" : `Fragment: ${hash}`}</p>;
}

afterEach(() => window.history.replaceState(null, "", "/"));

describe("the address's fragment", () => {
  it("is read again, and rendered, when the browser starts printing", () => {
    window.history.replaceState(null, "", "/results/#v=1&a");
    render(<Probe />);
    expect(screen.getByText("Fragment: #v=1&a")).toBeTruthy();
    // A fragment not yet rendered when printing starts (its transition still under way): the
    // printout must show it, not what was on screen before.
    window.history.replaceState(null, "", "/results/#v=1&b");
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(screen.getByText("Fragment: #v=1&b")).toBeTruthy();
  });
});
