import { expect, test, type Page } from "@playwright/test";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { loadPrompts } from "../lib/content/assessments/load-prompts";
import { aggregateTeam } from "../lib/team-input/aggregate";
import { mostDisputed } from "../lib/team/questions";
import { encodeTeamFragment } from "../lib/team-input/team-link";
import { encodeAction } from "../lib/workshop/actions";
import { expectNoViolations } from "./support/axe";
import { blunders, journey } from "./support/content";
import { leaderLink, workshopTeam } from "./support/team";

// A consultant's workshop (support/team.ts): eight leaders who broadly agree and one who sees it
// all differently.
const catalogue = loadCatalogue();
const [j, b] = [journey(), blunders()];
const link = leaderLink;
const leaders = workshopTeam();
const agreeing = leaders.slice(0, 8).map((l) => l.link);
const team = leaders.map((l) => l.link);
const grid = (page: Page) => page.getByRole("table", { name: "Each leader’s score per area" });

test("a team link gives the overall, the finding that names the sceptic, a grid, and the top questions", async ({
  page,
}) => {
  const worker = page.waitForEvent("worker");
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  // The links are read off the page's main thread, in the site's own worker.
  expect((await worker).url()).toMatch(/\/_islands\/team-worker-\w+\.js$/);
  await expect(page.getByRole("heading", { name: "The team overall" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What the answers say" })).toContainText(
    `Sceptic · Acme sees every area far lower than the rest of the team`,
  );
  await expect(grid(page).getByRole("row")).toHaveCount(2 + team.length);
  // Only the sceptic's journey cells carry the mark; the eight who agree carry none. (Their
  // blunders answers, first option throughout, avoid and commit each blunder once: 50, as the others.)
  await expect(
    grid(page)
      .getByRole("row", { name: /^Sceptic/ })
      .getByRole("cell", { name: /far lower than the team/ }),
  ).toHaveCount(j.dimensions.length);
  await expect(
    grid(page)
      .getByRole("row", { name: /^Leader A/ })
      .getByRole("cell", { name: /than the team/ }),
  ).toHaveCount(0);
  // The questions and prompts the page should show, computed from content by the same rules.
  const expected = mostDisputed(aggregateTeam(team.map((f) => `#${f}`).join("\n"), catalogue).questions);
  const prompts = loadPrompts([j, b]);
  const list = page.getByRole("region", { name: "Where leaders disagree most" }).getByRole("listitem");
  await expect(list).toHaveCount(expected.length);
  const first = expected[0];
  const prompt = prompts.find((p) => p.questionnaire === first?.questionnaireId && p.area === first?.dimension);
  await expect(list.first().getByRole("heading")).toHaveText(first?.text ?? "");
  await expect(list.first()).toContainText(prompt?.prompt.replace(/\s+/g, " ") ?? "missing prompt");
  // Shaded cells and the legend keep their text readable in both colour schemes.
  await expectNoViolations(page, "team workshop, light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoViolations(page, "team workshop, dark");
});

test("on a laptop the grid shows all nine leaders and every journey column at once, header and names held", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  const box = page.getByRole("region", { name: "Each leader’s score per area" });
  await box.scrollIntoViewIfNeeded();
  const view = await box.boundingBox();
  const inside = async (name: string | RegExp, role: "rowheader" | "columnheader") => {
    const cell = await grid(page).getByRole(role, { name, exact: true }).boundingBox();
    return (
      !!view &&
      !!cell &&
      cell.y >= view.y &&
      cell.y + cell.height <= view.y + view.height + 1 &&
      cell.x >= view.x &&
      cell.x + cell.width <= view.x + view.width + 1
    );
  };
  for (const row of ["Sceptic · Acme", ...agreeing.map((_, n) => `Leader ${String.fromCharCode(65 + n)} · Acme`)])
    expect(await inside(row, "rowheader"), row).toBe(true);
  for (const d of j.dimensions) expect(await inside(d.name, "columnheader"), d.name).toBe(true);
  // Scrolled to its far corner, the header and the leader column are still in place.
  await box.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
  expect(await inside("Leader", "columnheader")).toBe(true);
  expect(await inside(b.dimensions.at(-1)?.name ?? "", "columnheader")).toBe(true);
});

test("one leader's journey-only and blunders-only links are merged into one row, and a reload keeps the view", async ({
  page,
}) => {
  await page.goto("team/");
  const lines = [link([j], () => 2, "CFO"), link([b], () => 1, "CFO"), link([j], () => 3, "CEO")];
  await page
    .getByLabel(/Result links, one per line/)
    .fill(lines.map((f) => `https://example.org/results/#${f}`).join("\n"));
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByText("1 leader sent their two assessments as separate links")).toBeVisible();
  await expect(grid(page).getByRole("rowheader")).toHaveText(["CEO · Acme", "CFO · Acme"]);
  // The address is the team link now: a reload (or a bookmark) opens the same view, and the
  // box keeps what was pasted.
  await expect(page).toHaveURL(/\/team\/#team=1&r=/);
  await page.reload();
  await expect(grid(page).getByRole("rowheader")).toHaveText(["CEO · Acme", "CFO · Acme"]);
  await expect(page.getByLabel(/Result links, one per line/)).toHaveValue(/^https:\/\/example\.org\/results\/#/);
});

test("present mode is slides that fit a laptop and a large screen, names hidden, and prints one slide a page", async ({
  page,
}) => {
  const action = encodeAction({
    about: { questionnaireId: j.id, kind: "area", id: j.dimensions[0]?.id ?? "" },
    text: "Walk one complaint through every department, together",
    owner: "Head of service",
    due: "2027-03-31",
  });
  await page.goto(`team/#${encodeTeamFragment(team, { actions: [action] })}`);
  const present = page.getByRole("button", { name: "Present the team view" });
  await present.click();
  const slides = page.getByRole("dialog", { name: "Present mode" });
  const count = Number((await slides.getByText(/^1 of \d+/).textContent())?.match(/of (\d+)/)?.[1]);
  expect(count).toBeGreaterThan(8);
  // Names are hidden until the facilitator shows them.
  await page.keyboard.press("ArrowRight");
  await expect(slides.locator(".slide:not([hidden])")).toContainText("Leader I sees every area far lower");
  await expect(slides).not.toContainText("Sceptic");
  // The focused slide draws no outline on the projector.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle)).toBe(
    "none",
  );
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.keyboard.press("Home");
    for (let i = 0; i < count; i += 1) {
      // Nothing drawn on the slide reaches past its own box: no scrolling, nothing cut off. (A
      // table kept for screen readers only is not drawn.)
      const overflow = await page.evaluate(() => {
        const slide = document.querySelector<HTMLElement>(".slide:not([hidden])");
        if (!slide) return "no slide";
        const { bottom, right } = slide.getBoundingClientRect();
        const past = [...slide.querySelectorAll("*")].filter((el) => {
          if (el.closest(".visually-hidden")) return false;
          const r = el.getBoundingClientRect();
          return r.bottom > bottom + 1 || r.right > right + 1;
        });
        return past.length === 0 && slide.scrollHeight <= slide.clientHeight ? "" : `${slide.dataset.slide}`;
      });
      expect(overflow, `slide ${i + 1} at ${size.width}×${size.height}`).toBe("");
      await page.keyboard.press("ArrowRight");
    }
  }
  await expect(slides.locator(".slide:not([hidden])")).toContainText("Walk one complaint through every department");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await slides.getByRole("checkbox", { name: "Show names" }).check();
  await expect(slides.locator(".slide:not([hidden])")).toContainText("Sceptic · Acme sees every area far lower");
  // Printed while presenting: every slide, one per landscape page.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(count);
  const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
  expect(Number(width)).toBeGreaterThan(Number(height));
  await page.keyboard.press("Escape");
  await expect(present).toBeFocused();
});

test("the print pack starts with the team's result, and leaves out the inputs and empty sections", async ({ page }) => {
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  await expect(page.getByRole("heading", { name: "The team overall" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel(/Result links, one per line/)).toBeHidden();
  await expect(page.getByText("Ask each leader for their result link")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Invite leaders" })).toBeHidden();
  // Nothing was compared and nothing agreed: neither section prints as an empty heading.
  await expect(page.getByRole("heading", { name: "The team over time" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Actions agreed" })).toBeHidden();
  const first = await page.evaluate(
    () =>
      [...document.querySelectorAll("main h2")].find((h) => h instanceof HTMLElement && h.offsetParent !== null)
        ?.textContent,
  );
  expect(first).toBe("The team overall");
});

test("last year's team link sets the team beside itself, with what it agreed, and a failed compare clears it", async ({
  page,
}) => {
  const agreed = encodeAction({
    about: { questionnaireId: j.id, kind: "area", id: j.dimensions[0]?.id ?? "" },
    text: "Name one owner per customer group",
    owner: "Leader A",
    due: "2026-06-30",
  });
  const lastYear = [link([j, b], () => 0, "Leader 1")];
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  const earlier = page.getByLabel("An earlier team link, such as last year’s");
  await earlier.fill(`https://example.org/team/#${encodeTeamFragment(lastYear, { actions: [agreed] })}`);
  await page.getByRole("button", { name: "Compare with this team" }).click();
  const table = page.getByRole("table", { name: new RegExp(`^${j.title}: then 1 leader, now ${team.length} leaders`) });
  await expect(table.getByRole("row")).toHaveCount(1 + j.dimensions.length);
  // Last year everyone chose the first option, so every area's mean has risen since.
  for (const d of j.dimensions) {
    const row = table.getByRole("row", { name: new RegExp(`^${d.name}`) });
    await expect(row.getByRole("cell").nth(2)).toHaveText(/^\+\d/);
  }
  const over = page.getByRole("region", { name: "The team over time" });
  await expect(over.getByRole("heading", { name: "Agreed last time" })).toBeVisible();
  await expect(over).toContainText("Name one owner per customer group");
  await earlier.fill("not a team link");
  await page.getByRole("button", { name: "Compare with this team" }).click();
  await expect(over.getByRole("alert")).toContainText("No result links were found");
  await expect(over.getByRole("table")).toHaveCount(0);
});
