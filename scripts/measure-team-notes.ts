/**
 * Whether 5,000 links with notes aggregate without a long task on the team page, the CPU slowed
 * 4× as on a mid-range phone. Pastes 5,000 links into a fresh team page, each with two notes (and,
 * to compare, the same links without notes), clicks "Show the team view", and prints per run:
 * - the time to the view (the grid and the top questions) and, with notes, to the first note on
 *   a disputed question;
 * - the longest task the page's main thread ran from the click until the last of them, and
 *   until the team link is in the address (the exports, which come between the two); a team
 *   link this long goes into the address only on request ("Put this team in the address"), so
 *   where the page offers that button it is pressed once all is shown, and the task it runs is
 *   printed apart: a cost the facilitator chose, not one the view imposes;
 * - every long task after the click, as its duration at its start, so each can be matched to
 *   the moment it held up (the view drawn, the address written, the notes drawn);
 * - the most CPU time one main-thread task used, from Chromium's trace: on a busy machine a
 *   task of little work can last hundreds of ms while the thread waits for a core, and this
 *   figure tells such waits from work of ours.
 * Printed, not asserted: timings on a shared machine wander. Given two origins (say, a build of
 * main and one of a branch), it alternates between them run by run, so both meet the same load.
 *
 *   npm run build && (OUT_DIR=out PORT=3510 node scripts/serve.mjs &)
 *   npx tsx scripts/measure-team-notes.ts http://127.0.0.1:3510 [http://127.0.0.1:3511] [runs]
 */
import type { Browser } from "@playwright/test";
import { loadCatalogue, loadCurrentQuestionnaires } from "../lib/content/assessments/load-questionnaires";
import { launchBrowser } from "./bench/chromium";
import { fixtureFragments, withNotes } from "./bench/fixture-links";
import { median } from "./bench/stats";
import { tracedTasks, type TracedTask } from "./bench/task-trace";

const CPU_SLOWDOWN = 4;
const LINKS = 5000;

const origins = process.argv.slice(2).filter((a) => a.startsWith("http"));
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
if (origins.length === 0) throw new Error("Usage: npx tsx scripts/measure-team-notes.ts <origin> [origin] [runs]");

const current = loadCurrentQuestionnaires();
const catalogue = loadCatalogue();
const plain = fixtureFragments(current, catalogue, LINKS);
const noted = await withNotes(plain, current, catalogue);
const asText = (fragments: readonly string[]) => fragments.map((f) => `https://example.org/results/#${f}`).join("\n");
const inputs = [
  { name: "with notes", text: asText(noted), notes: true },
  { name: "without notes", text: asText(plain), notes: false },
];

// Plain strings, run in the page as written: Playwright's locators and polling would add their
// own work to the page's main thread, and so to the figures.
const OBSERVE = `window.__tasks = []; new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, ms: e.duration });
}).observe({ type: "longtask" });`;
const CLICK = `(() => {
  const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Show the team view");
  const at = performance.now();
  button.click();
  return at;
})()`;
// Checks polled on every frame, given as functions: the page's CSP refuses strings to evaluate.
const VIEW = () =>
  document.getElementById("leader-grid-caption") && document.getElementById("top-questions-title")
    ? performance.now()
    : 0;
const NOTES = () => (document.querySelector(".leader-notes") ? performance.now() : 0);
const ADDRESS = () => (location.hash.startsWith("#team=1&") ? performance.now() : 0);
const ASK_NAME = "Put this team in the address";
// The address written, or the button that writes it on request offered (builds before it write at once).
// The button's name written out: this runs in the page, where ASK_NAME is not defined.
const ADDRESS_OR_ASK = () =>
  location.hash.startsWith("#team=1&") ||
  [...document.querySelectorAll("button")].some((b) => b.textContent === "Put this team in the address")
    ? performance.now()
    : 0;
const ASK = `(() => {
  const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "${ASK_NAME}");
  if (!button || location.hash.startsWith("#team=1&")) return null;
  const at = performance.now();
  button.click();
  return at;
})()`;
// Long-task entries arrive after their task ends: a frame and a task let the last one through.
const SETTLE = `new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`;

type Run = {
  view: number;
  notes: number | null;
  address: number;
  longest: number;
  /** Until the address is written, or, where it is written on request, until the request. */
  longestAll: number;
  /** The longest task from the request to write the address, when the page asks for one. */
  asked: number | null;
  /** Every long task after the click, as "duration@start", both in ms from the click. */
  tasks: string;
  /** The most CPU time one main-thread task used from the click to the end (before any request), and its wall-clock time. */
  cpu: TracedTask;
};

async function once(browser: Browser, origin: string, text: string, notes: boolean): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/team/`, { waitUntil: "networkidle" });
    // Into the box as a paste would put it, unthrottled: the box is not what is measured here.
    await page.getByLabel(/Result links, one per line/).evaluate((box, t) => {
      if (!(box instanceof HTMLTextAreaElement)) throw new Error("the links box is not a text area");
      // Through the prototype's setter, as the browser sets it: React sees the change as typed.
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(box, t);
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }, text);
    await page.evaluate(SETTLE);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.evaluate(OBSERVE);
    const at = async (check: () => number) =>
      Number(await (await page.waitForFunction(check, null, { polling: "raf", timeout: 300_000 })).jsonValue());
    const { result, tasks: traced } = await tracedTasks(browser, page, async () => {
      const clicked = Number(await page.evaluate(CLICK));
      const view = await at(VIEW);
      const shownNotes = notes ? await at(NOTES) : null;
      await at(ADDRESS_OR_ASK);
      await page.evaluate(SETTLE);
      return { clicked, view, shownNotes };
    });
    const { clicked, view, shownNotes } = result;
    // Outside the trace: its figure is the view's, not the request's.
    const askedAt = await page.evaluate<number | null>(ASK);
    const address = await at(ADDRESS);
    await page.evaluate(SETTLE);
    const tasks = await page.evaluate<{ start: number; ms: number }[]>("window.__tasks");
    const until = Math.max(view, shownNotes ?? 0);
    const longestFrom = (from: number, end: number) =>
      Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < end).map((t) => t.ms));
    const longestUntil = (end: number) => longestFrom(clicked, end);
    return {
      view: view - clicked,
      notes: shownNotes === null ? null : shownNotes - clicked,
      address: address - clicked,
      longest: longestUntil(until),
      longestAll: longestUntil(askedAt ?? Number.POSITIVE_INFINITY),
      asked: askedAt === null ? null : longestFrom(askedAt, Number.POSITIVE_INFINITY),
      tasks: tasks
        .filter((t) => t.start >= clicked)
        .map((t) => `${t.ms.toFixed(0)}@${(t.start - clicked).toFixed(0)}`)
        .join(" "),
      cpu: traced.reduce((most, t) => (t.cpuMs > most.cpuMs ? t : most), { wallMs: 0, cpuMs: 0 }),
    };
  } finally {
    await context.close();
  }
}

const ms = (values: number[]) => `${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(", ")})`;
const browser = await launchBrowser();
const results = new Map<string, Run[]>();
try {
  for (let run = 0; run < runs; run += 1)
    for (const input of inputs)
      for (const origin of origins) {
        const r = await once(browser, origin, input.text, input.notes);
        const key = `${origin}, ${LINKS} links ${input.name}`;
        results.set(key, [...(results.get(key) ?? []), r]);
        console.log(
          `run ${run + 1}, ${key}: view ${r.view.toFixed(0)} ms${r.notes === null ? "" : `, notes ${r.notes.toFixed(0)} ms`}, address ${r.address.toFixed(0)} ms; longest task to ${r.notes === null ? "view" : "notes"} ${r.longest.toFixed(0)} ms, to the end ${r.longestAll.toFixed(0)} ms${r.asked === null ? "" : `, asked for the address ${r.asked.toFixed(0)} ms`}; most CPU in one task ${r.cpu.cpuMs.toFixed(0)} ms (of ${r.cpu.wallMs.toFixed(0)} ms); long tasks ${r.tasks || "none"}`,
        );
      }
} finally {
  await browser.close();
}
console.log(`\nCPU slowed ${CPU_SLOWDOWN}×, median of ${runs} (each run):`);
for (const [key, rs] of results) {
  const withNotes = rs.every((r) => r.notes !== null);
  const asked = rs.flatMap((r) => (r.asked === null ? [] : [r.asked]));
  console.log(
    `${key}: ${withNotes ? `notes ${ms(rs.map((r) => r.notes ?? 0))}` : `view ${ms(rs.map((r) => r.view))}`}; longest main-thread task from the click to the ${withNotes ? "notes" : "view"} ${ms(rs.map((r) => r.longest))}, to the team link in the address ${ms(rs.map((r) => r.longestAll))}${asked.length > 0 ? ` (written on request: the request's longest task ${ms(asked)})` : ""}; most main-thread CPU in one task ${ms(rs.map((r) => r.cpu.cpuMs))}`,
  );
}
