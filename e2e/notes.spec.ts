import { expect, test } from "@playwright/test";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { encodeFragment } from "../lib/link/fragment";
import { packNotes } from "../lib/link/notes";
import { encodeTeamFragment } from "../lib/team-input/team-link";
import { flowLink } from "../lib/link/flow-links";
import { aggregateTeam } from "../lib/team-input/aggregate";
import { mostDisputed } from "../lib/team/questions";
import { journey, journeyAnswers } from "./support/content";

// A leader notes the evidence behind three answers; the link carries the notes only once the
// leader includes them. A facilitator sees leaders' notes on a disputed question, and on its
// slide names stay hidden until shown.
const j = journey();
const catalogue = loadCatalogue();
const noted = [0, 1, 2].map((i) => ({
  question: j.questions[i]!,
  text: `Evidence ${i + 1}: seen in the churn review`,
}));

test("notes added to three answers show in the report, and ride in the link only when chosen @phone", async ({
  page,
  browser,
}) => {
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  for (const [i, question] of j.questions.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: question.text })).toBeFocused();
    await page.keyboard.press("2");
    const note = noted[i];
    if (note) {
      await page.getByText("Add a note").click();
      await page.getByLabel(/^Note on this answer/).fill(note.text);
      await expect(page.getByText(`${note.text.length} of 280 characters`)).toBeVisible();
    }
    await page.getByRole("button", { name: i + 1 === j.questions.length ? "Review answers" : "Next" }).click();
  }
  await expect(page.getByText("3 notes are kept in this browser only, and shown in your report here.")).toBeVisible();
  // From 320 px up, the review with its note fields never scrolls sideways.
  await page.getByText(`Part 1: ${j.dimensions[0]!.name}`).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  await page.getByRole("button", { name: "See my results" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();

  const journeySection = page.getByRole("region", { name: j.title });
  await journeySection.getByRole("heading", { name: j.title }).click();
  for (const { question, text } of noted)
    await expect(journeySection.getByRole("listitem").filter({ hasText: question.text })).toContainText(text);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  // Not chosen: the link holds no notes, and opens without them in another browser.
  const plain = page.url();
  expect(new URL(plain).hash).not.toMatch(/[#&]n=/);
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(plain);
  const there = elsewhere.getByRole("region", { name: j.title });
  await there.getByRole("heading", { name: j.title }).click();
  await expect(there.getByRole("listitem").filter({ hasText: noted[0]!.question.text })).toBeVisible();
  await expect(there).not.toContainText(noted[0]!.text);

  // Chosen: the link carries them, says who can read them, and shows them anywhere.
  const share = page.getByRole("region", { name: "Print, download or share" });
  await share.getByRole("heading", { name: "Print, download or share" }).click();
  await expect(share).toContainText("3 notes are kept in this browser only. If you include them, anyone with the link");
  await share.getByRole("button", { name: "Include my notes in the link" }).click();
  await expect(share).toContainText("This link carries 3 notes: anyone with the link can read them.");
  expect(new URL(page.url()).hash).toMatch(/&n=1\./);
  await elsewhere.goto(page.url());
  await elsewhere.reload();
  const withNotes = elsewhere.getByRole("region", { name: j.title });
  await withNotes.getByRole("heading", { name: j.title }).click();
  for (const { text } of noted) await expect(withNotes).toContainText(text);
  await other.close();
});

test("a team link with notes shows them on a disputed question, named in the view and lettered on slides", async ({
  page,
}) => {
  // Two leaders at the bottom and two at the top of every question; the notes go on the question
  // the team disagrees on most, found as the team view finds it.
  const plain = ["CFO", "COO", "CMO", "CEO"].map((label, i) =>
    encodeFragment(
      {
        assessments: [{ questionnaireId: j.id, version: j.version, answers: journeyAnswers(() => (i < 2 ? 0 : 5)) }],
        label,
        org: "Acme",
      },
      catalogue,
    ),
  );
  const top = mostDisputed(
    aggregateTeam(plain.map((f) => `https://x.example/results/#${f}`).join("\n"), catalogue).questions,
  )[0];
  const first = j.questions.find((q) => q.id === top?.id)!;
  const link = async (label: string, pick: number, note?: string) =>
    encodeFragment(
      {
        assessments: [{ questionnaireId: j.id, version: j.version, answers: journeyAnswers(() => pick) }],
        label,
        org: "Acme",
        ...(note && { notes: await packNotes({ [j.id]: { [first.id]: note } }) }),
      },
      catalogue,
    );
  const team = [
    await link("CFO", 0, "We have no <b>customer</b> data at board level"),
    await link("COO", 0),
    await link("CMO", 5, "Monthly customer panels since March"),
    await link("CEO", 5),
  ];
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  const disputed = page.getByRole("region", { name: "Where leaders disagree most" });
  const item = disputed.getByRole("listitem").filter({ hasText: first.text }).first();
  const notes = item.getByRole("list", { name: "Notes leaders left on this question" });
  await expect(notes.getByRole("listitem")).toHaveText([
    "CFO · Acme: We have no <b>customer</b> data at board level",
    "CMO · Acme: Monthly customer panels since March",
  ]);

  await page.getByRole("button", { name: "Present the team view" }).click();
  const slides = page.getByRole("dialog", { name: "Present mode" });
  const slide = slides.locator(".slide:not([hidden])");
  // On to the question's slide, a key press at a time, as a facilitator goes: each press waits
  // for its slide's number before the slide is read.
  const count = Number((await slides.getByText(/^1 of \d+/).textContent())?.match(/of (\d+)/)?.[1]);
  for (let at = 2; at <= count && !((await slide.textContent()) ?? "").includes(first.text); at += 1) {
    await page.keyboard.press("ArrowRight");
    await expect(slides.getByText(new RegExp(`^${at} of ${count}`))).toBeVisible();
  }
  const onSlide = slide.getByRole("list", { name: "Notes leaders left on this question" });
  await expect(onSlide.getByRole("listitem")).toHaveText([
    "Leader A: We have no <b>customer</b> data at board level",
    "Leader C: Monthly customer panels since March",
  ]);
  await expect(slides).not.toContainText("CFO");
  await slides.getByRole("checkbox", { name: "Show names" }).check();
  await expect(onSlide.getByRole("listitem").first()).toHaveText(
    "CFO · Acme: We have no <b>customer</b> data at board level",
  );
});

test("a retake carries the earlier notes into the review, and what moved shows the notes then and now", async ({
  page,
}) => {
  const [first, second] = j.questions;
  const earlier = encodeFragment(
    {
      assessments: [{ questionnaireId: j.id, version: j.version, answers: journeyAnswers(() => 0) }],
      date: "2025-12-01",
      notes: await packNotes({ [j.id]: { [first!.id]: "No one owns complaints", [second!.id]: "Survey once a year" } }),
    },
    catalogue,
  );
  await page.goto(flowLink(j.id, "retake", earlier).replace(/^\//, ""));
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
  await expect(page.getByLabel(/^Note on question 1 /)).toHaveValue("No one owns complaints");
  await expect(page.getByLabel(/^Note on question 2 /)).toHaveValue("Survey once a year");
  // A year on, the first answer moved and its note with it.
  await page.getByText(`Part 1: ${j.dimensions[0]!.name}`).click();
  await page.getByRole("button", { name: "Change question 1", exact: true }).click();
  await page.getByRole("radio", { name: first!.options[3]!.label }).check();
  await page.getByRole("button", { name: "Back to review" }).click();
  await page.getByLabel(/^Note on question 1 /).fill("A complaints owner since March");
  await page.getByRole("checkbox", { name: "Include my notes in the link" }).check();
  await page.getByRole("button", { name: "See my results" }).first().click();

  const since = page.getByRole("region", { name: "Change since last time" });
  const moved = since.getByRole("list", { name: "Answers that moved" }).getByRole("listitem");
  await expect(moved).toHaveCount(1);
  await expect(moved).toContainText("Note before: No one owns complaints");
  await expect(moved).toContainText("Note now: A complaints owner since March");
});
