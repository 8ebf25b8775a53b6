import { cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// findBy… and waitFor wait for a state, and give up after asyncUtilTimeout: 1 s by default. On 2
// cores shared with a build, reading pasted links or hydrating takes longer than that, and a
// correct page failed. 10 s is ample there and still below the test timeout (15 s,
// vitest.config.ts), so a state that never comes fails with Testing Library's own message and
// the page as it stood, not with a bare timeout.
configure({ asyncUtilTimeout: 10_000 });

// Each test starts from an empty document: what one renders must not answer another's query.
afterEach(() => {
  cleanup();
  document.body.innerHTML = "";
  localStorage.clear();
});

// Testing Library drains React's work with a setTimeout(0) after each event, and advances fake
// timers past it only when it sees Jest's. Vitest's fake timers are the same (@sinonjs) clock,
// so it is told how to advance them; without this, a test with fake timers hangs on its first
// click. Tests without fake timers are unaffected: the check looks at setTimeout itself.
Object.assign(globalThis, { jest: { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) } });
