import { afterEach, describe, expect, it } from "vitest";
import { browserStore } from "@/components/shared/browser-storage";
import { HISTORY_KEY, progressKey } from "@/lib/storage/keys";
import { onUse } from "./gates";

/** The flow's element as the build draws it for the journey. */
function flowIsland(): Element {
  document.body.innerHTML = `<div data-island="flow"><div class="flow" data-questionnaire="journey"><button>Start</button></div></div>`;
  const island = document.querySelector("[data-island]");
  if (!island) throw new Error("no island drawn");
  return island;
}

const needsStart = (island: Element) => onUse.flow?.(island);

afterEach(() => {
  for (const key of [HISTORY_KEY, progressKey("journey"), progressKey("blunders")]) browserStore.remove(key);
  window.history.replaceState(null, "", "/");
});

describe("the question flow, started on use", () => {
  it("waits for a first visit: its intro is drawn right", () => {
    expect(needsStart(flowIsland())).toBe(false);
  });

  it("waits when another questionnaire has progress: this intro does not show it", () => {
    browserStore.write(progressKey("blunders"), "{}");
    expect(needsStart(flowIsland())).toBe(false);
  });

  it.each([
    ["a result, retake or invitation in the address", () => window.history.replaceState(null, "", "/#with=v%3D2")],
    ["progress saved for this questionnaire, even unreadable", () => browserStore.write(progressKey("journey"), "{x")],
    ["earlier results to offer", () => browserStore.write(HISTORY_KEY, "{}")],
  ])("starts at once for %s", (_, arrange) => {
    arrange();
    expect(needsStart(flowIsland())).toBe(true);
  });
});
