/**
 * How long a team view takes at workshop scale (issue 13), printed, not asserted: timings on a
 * shared CI machine are too noisy for a test to pass or fail on.
 *
 *   npx tsx scripts/measure-team.ts                         # Node: 500 and 5,000 links
 *   npx tsx scripts/measure-team.ts http://127.0.0.1:3200   # and Chromium: 500 links on a served out/
 *
 * Node times everything the team view computes: reading and scoring the links, pairing
 * leaders, the spread per area and question, the grid, the top questions and recommendations.
 * Chromium times a page opened on a 500-link team link until the grid and the top questions
 * are on screen, with no CPU throttling.
 */
import { loadCatalogue, loadCurrentQuestionnaires } from "../lib/content/load-questionnaires";
import { loadTeamContent } from "../lib/content/load-team-content";
import { aggregateTeam } from "../lib/team-input/aggregate";
import { leaderGrid } from "../lib/team/grid";
import { mostDisputed } from "../lib/team/questions";
import { teamRecommendations } from "../lib/team/recommend";
import { launchBrowser } from "./bench/chromium";
import { fixtureFragments, teamFragment } from "./bench/fixture-links";
import { median } from "./bench/stats";

const catalogue = loadCatalogue();
const content = loadTeamContent();
const fragments = fixtureFragments(loadCurrentQuestionnaires(), catalogue, 5000);

function workshop(n: number) {
  const text = fragments
    .slice(0, n)
    .map((f) => `https://example.org/results/#${f}`)
    .join("\n");
  // The page reads at most 500 links; the measurement lifts that cap, as the bench does.
  const team = aggregateTeam(text, catalogue, n);
  const grid = leaderGrid(team.leaders, team.byQuestionnaire);
  const top = mostDisputed(team.questions);
  const advice = teamRecommendations(team.byQuestionnaire, content.advice, catalogue);
  return grid.rows.length + top.length + advice.length;
}

for (const n of [500, 5000]) {
  workshop(n); // warm-up, so the JIT has compiled what is timed
  const times = [0, 1, 2, 3, 4].map(() => {
    const start = performance.now();
    workshop(n);
    return performance.now() - start;
  });
  console.log(
    `Node: ${n} links, median of 5: ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`,
  );
}

const origin = process.argv[2];
if (origin) {
  const browser = await launchBrowser();
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const page = await browser.newPage();
    const start = Date.now();
    await page.goto(`${origin}/team/#${teamFragment(fragments.slice(0, 500))}`);
    // Checked by id on every frame, inside the page: Playwright's role queries scan the whole
    // DOM (500 rows of 12 cells) on each poll and added 400-500 ms of their own to the figure.
    const done = await page.waitForFunction(
      () =>
        document.getElementById("leader-grid-caption") && document.getElementById("top-questions-title")
          ? performance.now()
          : 0,
      null,
      { polling: "raf", timeout: 30_000 },
    );
    times.push(Date.now() - start);
    const inPage = Number(await done.jsonValue());
    console.log(
      `Chromium: 500 links, run ${run + 1}: grid and top questions on screen ${inPage.toFixed(0)} ms after navigation start (${times.at(-1)} ms from goto)`,
    );
    await page.close();
  }
  await browser.close();
}
