import { screen, waitFor } from "@testing-library/react";
import { useState, useSyncExternalStore } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hydrateIsland } from "./mount";
import { startOnUse, type Hydrator } from "./on-use";

/** An island whose button counts its clicks, and which says when React has taken it over. */
function Counter({ label }: { label: string }) {
  const [clicks, setClicks] = useState(0);
  // False in the drawn HTML and while hydrating, true once React runs it in the browser.
  const live = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  return (
    <div>
      <button type="button" onClick={() => setClicks((n) => n + 1)}>
        {label}
      </button>
      <p>{clicks === 0 ? "Not started" : `Clicked ${clicks}`}</p>
      {live && <p>Live</p>}
    </div>
  );
}

function drawPage() {
  const props = { label: "Start" };
  document.body.innerHTML = `<main><div data-island="counter">${renderToString(<Counter {...props} />)}</div><script type="application/json" data-island-props="counter">${JSON.stringify(props)}</script></main>`;
}

/** A load that resolves only when the test says, as a network would. */
function slowLoad() {
  let arrive = () => {};
  const hydrator: Hydrator = { hydrate: (island) => hydrateIsland("counter", Counter, island) };
  const ready = new Promise<Hydrator>((resolve) => (arrive = () => resolve(hydrator)));
  const load = vi.fn(() => ready);
  return { load, arrive: () => arrive() };
}

const button = () => screen.getByRole("button", { name: "Start" });

afterEach(() => {
  document.head.innerHTML = "";
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

describe("an island started on use", () => {
  it("loads nothing for a visitor who only looks", () => {
    drawPage();
    const { load } = slowLoad();
    startOnUse("counter", () => false, load);
    // Whether to start is decided at once: there is nothing to wait for.
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByText("Live")).toBeNull();
  });

  it.each([
    ["focus on it", () => button().dispatchEvent(new Event("focusin", { bubbles: true }))],
    ["a mouse over it", () => button().dispatchEvent(new Event("pointerover", { bubbles: true }))],
    [
      "a first touch anywhere on the page",
      () => document.body.dispatchEvent(new Event("touchstart", { bubbles: true })),
    ],
  ])("starts loading on a sign of use (%s), before the click", (_, sign) => {
    drawPage();
    const { load } = slowLoad();
    startOnUse("counter", () => false, load);
    sign();
    expect(load).toHaveBeenCalled();
    expect(screen.queryByText("Live")).toBeNull();
  });

  it("does not lose the click that started it, and drops the ones made while it loads", async () => {
    drawPage();
    const { load, arrive } = slowLoad();
    startOnUse("counter", () => false, load);
    button().click();
    button().click();
    expect(screen.getByText("Not started")).toBeTruthy();
    expect(document.querySelector("[data-island]")?.getAttribute("aria-busy")).toBe("true");
    arrive();
    expect(await screen.findByText("Clicked 1")).toBeTruthy();
    expect(document.querySelector("[data-island]")?.hasAttribute("aria-busy")).toBe(false);
    // Now React has it: every click counts.
    button().click();
    expect(await screen.findByText("Clicked 2")).toBeTruthy();
  });

  it("starts at once when the drawn HTML is wrong for this visitor", async () => {
    drawPage();
    const { load, arrive } = slowLoad();
    startOnUse("counter", () => true, load);
    expect(load).toHaveBeenCalled();
    arrive();
    expect(await screen.findByText("Live")).toBeTruthy();
    expect(screen.getByText("Not started")).toBeTruthy();
  });

  it("holds a click that comes after the code but before the hydration, and answers it", async () => {
    drawPage();
    const { load, arrive } = slowLoad();
    startOnUse("counter", () => true, load);
    arrive();
    // The code has come (the promise has settled); the hydration waits for the next task.
    await Promise.resolve();
    await Promise.resolve();
    button().click();
    expect(await screen.findByText("Clicked 1")).toBeTruthy();
  });

  it("asks again when the address's fragment or the storage changes", async () => {
    drawPage();
    const { load, arrive } = slowLoad();
    let carried = false;
    startOnUse("counter", () => carried, load);
    window.dispatchEvent(new Event("storage"));
    expect(load).not.toHaveBeenCalled();
    carried = true;
    window.dispatchEvent(new Event("hashchange"));
    expect(load).toHaveBeenCalled();
    arrive();
    await waitFor(() => expect(screen.getByText("Live")).toBeTruthy());
  });

  it("stays as drawn, and says why, when its code cannot load", async () => {
    drawPage();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    startOnUse(
      "counter",
      () => false,
      () => Promise.reject(new Error("offline")),
    );
    button().click();
    await waitFor(() =>
      expect(error).toHaveBeenCalledWith(expect.stringContaining("counter island could not load"), expect.any(Error)),
    );
    expect(screen.getByText("Not started")).toBeTruthy();
  });

  it("fetches what its first use loads only once the page has loaded, without running it", () => {
    drawPage();
    document.head.innerHTML = `<template data-island-later="counter"><link rel="prefetch" href="/_islands/react.js"/></template>`;
    const loading = vi.spyOn(document, "readyState", "get").mockReturnValue("loading");
    const { load } = slowLoad();
    startOnUse("counter", () => false, load);
    const prefetches = () => document.head.querySelectorAll(":scope > link[rel=prefetch]");
    expect(prefetches()).toHaveLength(0);
    loading.mockReturnValue("complete");
    window.dispatchEvent(new Event("load"));
    expect([...prefetches()].map((l) => l.getAttribute("href"))).toEqual(["/_islands/react.js"]);
    expect(load).not.toHaveBeenCalled();
  });
});
