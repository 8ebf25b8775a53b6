import { expect, test, type Page } from "@playwright/test";
import { loadPage } from "../lib/content/load-pages";
import { golden } from "../test/golden-links";

// The guide (content/pages/guide.mdx) names the site's controls in bold, as the pages spell
// them. These tests hold it to that: each control a step relies on is named so in the guide and
// is found, by role and name, where the guide says it is.

const guide = loadPage("guide");
const fragment = (name: string) => golden.links.find((l) => l.name.startsWith(name))?.fragment ?? "missing";

/** A control's name, after checking the guide names it exactly so, in bold. */
function named(name: string): string {
  expect(guide.body, `the guide names "${name}"`).toContain(`**${name}**`);
  return name;
}

const open = (page: Page, section: string) => page.getByRole("heading", { level: 2, name: named(section) }).click();

test("the guide is reached from the home page, the team page and every page's foot @phone", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("main").getByRole("link", { name: guide.frontmatter.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: guide.frontmatter.title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^For leaders/ })).toBeVisible();

  await page.goto("team/");
  await page.getByRole("link", { name: "The guide walks through it step by step" }).click();
  await expect(page).toHaveURL(/\/guide\/#for-consultants$/);
  await expect(page.getByRole("heading", { level: 2, name: /^For consultants/ })).toBeInViewport();

  await page.goto("about/");
  await page.getByRole("contentinfo").getByRole("link", { name: guide.frontmatter.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: guide.frontmatter.title })).toBeVisible();
});

test("a report has the sections and the share, print and retake controls the guide names, and links to it", async ({
  page,
}) => {
  await page.goto(`results/#${fragment("both v1 with labels")}`);
  for (const heading of ["Overall stage", "Overall avoidance", "Your three priorities"]) {
    await expect(page.getByRole("heading", { level: 3, name: named(heading) })).toBeVisible();
  }
  await open(page, "Your plan");
  await expect(page.getByRole("button", { name: named("Download the plan (CSV)") })).toBeVisible();
  await expect(page.getByRole("group", { name: named("Targets: where each area should get to") })).toBeVisible();
  await open(page, "Print, download or share");
  for (const button of ["Print or save as PDF", "Copy link", "Download CSV", "Download JSON", "Add to the link"]) {
    await expect(page.getByRole("button", { name: named(button) })).toBeVisible();
  }
  for (const box of ["Your role or name (optional)", "Organisation (optional)"]) {
    await expect(page.getByRole("textbox", { name: named(box) })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: named("Compare with an earlier result") })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: named("Retake later") })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Retake with these answers/ })).toHaveCount(2);
  named("Retake with these answers");

  await page.getByRole("link", { name: "The guide" }).click();
  await expect(page).toHaveURL(/\/guide\/#for-leaders$/);
});

test("a retake's report says what changed, and compare takes the two links the guide names", async ({ page }) => {
  await page.goto(`results/#${fragment("journey v1 retaken")}`);
  await expect(page.getByRole("heading", { level: 2, name: named("Change since last time") })).toBeVisible();
  await page.goto("compare/");
  for (const box of ["Earlier result link (before)", "Later result link (after)"]) {
    await expect(page.getByRole("textbox", { name: named(box) })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: named("Compare") })).toBeVisible();
});

test("the team page has the invitation, the paste box, present mode, actions and exports the guide names", async ({
  page,
}) => {
  await page.goto("team/");
  await page.getByRole("button", { name: named("Invite leaders") }).click();
  await page.getByRole("textbox", { name: named("Team name") }).fill("Board");
  await page.getByRole("textbox", { name: named("Your name") }).fill("Sam");
  await page.getByRole("textbox", { name: named("Your email") }).fill("sam@example.org");
  await page
    .getByRole("textbox", { name: /^Who is invited/ })
    .fill("Chief executive\nHead of service\nFinance director");
  named("Who is invited");
  await expect(page.getByRole("textbox", { name: named("Closing date (optional)") })).toBeVisible();
  await page.getByRole("button", { name: named("Make the invitation link") }).click();
  await expect(page.getByRole("button", { name: named("Copy invitation link") })).toBeVisible();
  await expect(page.getByRole("link", { name: named("Email the invitation") })).toBeVisible();
  await expect(page.getByRole("link", { name: named("See what leaders see") })).toBeVisible();
  const invitation = await page.getByRole("textbox", { name: "Invitation link", exact: true }).inputValue();

  const links = ["both v1 with labels", "journey v2 with labels and date", "blunders v2 with a date"];
  await page
    .getByRole("textbox", { name: named("Result links, one per line (up to 5,000)") })
    .fill(links.map((l) => `#${fragment(l)}`).join("\n"));
  await expect(page.getByRole("button", { name: named("Or load a text or CSV file of links") })).toBeVisible();
  await page.getByRole("textbox", { name: /^The invitation link they answered/ }).fill(invitation);
  named("The invitation link they answered");
  await page.getByRole("button", { name: named("Show the team view") }).click();
  await expect(page.getByRole("button", { name: named("Clear the box") })).toBeEnabled();
  // The chief executive and the head of service answered; the finance director has not.
  await expect(page.getByRole("heading", { name: named("Who has answered") })).toBeVisible();
  await expect(page.getByRole("link", { name: named("Email a reminder") })).toBeVisible();
  for (const region of ["The team overall", "What the answers say", "Who sees what", "Where leaders disagree most"]) {
    await expect(page.getByRole("region", { name: named(region), exact: true })).toBeVisible();
  }

  const actions = page.getByRole("region", { name: named("Actions agreed") });
  await actions.getByRole("combobox", { name: named("About") }).selectOption({ index: 1 });
  await actions.getByRole("textbox", { name: named("Action") }).fill("Put customer results first on the agenda");
  await actions.getByRole("textbox", { name: named("Owner") }).fill("Chief executive");
  await actions.getByRole("textbox", { name: named("Due") }).fill("2027-03-31");
  await actions.getByRole("button", { name: named("Add the action") }).click();
  await expect(actions.getByRole("button", { name: /^Remove/ })).toBeVisible();
  await expect(actions.getByRole("button", { name: named("Download the actions (CSV)") })).toBeVisible();
  await expect(actions.getByRole("button", { name: named("Add the due dates to a calendar (.ics)") })).toBeVisible();

  const overTime = page.getByRole("region", { name: named("The team over time") });
  await expect(
    overTime.getByRole("textbox", { name: named("An earlier team link, such as last year’s") }),
  ).toBeVisible();
  await expect(overTime.getByRole("button", { name: named("Compare with this team") })).toBeVisible();

  await page.getByRole("button", { name: named("Share or export this team view") }).click();
  for (const button of ["Copy team link", "Download the links as a file", "Download CSV"]) {
    await expect(page.getByRole("button", { name: named(button), exact: true })).toBeVisible();
  }

  await page.getByRole("button", { name: named("Present the team view") }).click();
  const slides = page.getByRole("dialog", { name: "Present mode" });
  for (const button of ["Next →", "← Previous", "Leave (Esc)"]) {
    await expect(slides.getByRole("button", { name: named(button) })).toBeVisible();
  }
  await expect(slides.getByRole("checkbox", { name: named("Show names") })).not.toBeChecked();
  await slides.getByRole("button", { name: "Leave (Esc)" }).click();
  await expect(slides).toBeHidden();
});

test("an invited leader meets the choices the guide names", async ({ page }) => {
  await page.goto("team/");
  await page.getByRole("button", { name: "Invite leaders" }).click();
  await page.getByRole("textbox", { name: "Team name" }).fill("Board");
  await page.getByRole("textbox", { name: "Your name" }).fill("Sam");
  await page.getByRole("textbox", { name: "Your email" }).fill("sam@example.org");
  await page.getByRole("textbox", { name: /^Who is invited/ }).fill("Chief executive");
  await page.getByRole("button", { name: "Make the invitation link" }).click();
  // It opens in a tab of its own; the same address in this one shows the same page.
  await page.goto((await page.getByRole("link", { name: "See what leaders see" }).getAttribute("href")) ?? "missing");
  const line = page.getByRole("combobox", { name: named("Who you are, as invited") });
  await expect(line.getByRole("option", { name: named("Not on the list (type your role)") })).toBeAttached();
  await expect(page.getByRole("button", { name: named("Start") })).toBeVisible();
});
