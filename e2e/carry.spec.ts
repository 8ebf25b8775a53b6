import { expect, test } from "@playwright/test";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { flowLink } from "../lib/link/flow-links";
import { encodeFragment } from "../lib/link/fragment";
import { choose } from "../lib/questionnaire/answers";
import { changesSince } from "../lib/questionnaire/changes";
import { encodeInvitation } from "../lib/invitation/token";
import { golden } from "../test/golden-links";
import { blunders, journey } from "./support/content";
import { answerByKeyboard, takeByKeyboard } from "./support/flow";

// Results travel in the address from one flow to the next, so nothing depends on storage.
const catalogue = loadCatalogue();
const relative = (path: string) => path.replace(/^\//, "");

test("two assessments in a window without storage end on one link, with the role typed once", async ({ page }) => {
  await page.addInitScript(() => {
    for (const method of ["getItem", "setItem", "removeItem", "key", "clear"] as const) {
      Storage.prototype[method] = () => {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      };
    }
  });
  const j = journey();
  const first = encodeFragment(
    {
      assessments: [{ questionnaireId: j.id, version: j.version, answers: { [j.questions[0]!.id]: choose(3) } }],
      label: "Chief operating officer",
      org: "Example Ltd",
    },
    catalogue,
  );
  const from = relative(flowLink(blunders().id, "with", first));
  await page.goto(from);
  await expect(page.getByRole("status").filter({ hasText: `Your ${j.title} result comes along` })).toBeVisible();
  await takeByKeyboard(page, blunders(), (i) => i % 5, from);
  // The address is now the one plain result link, holding both and the names.
  await expect(page).toHaveURL(
    new RegExp(`#v=2&${j.id}=${j.version}\\.[^&]+&${blunders().id}=${blunders().version}\\.`),
  );
  expect(new URL(page.url()).hash).toContain("label=Chief+operating+officer&org=Example+Ltd");
  await expect(page.getByRole("region", { name: "How the two results relate" })).toBeVisible();
});

test("a retake opens on the review with every carried answer in place, and the new link carries the earlier result", async ({
  page,
}) => {
  const earlier = golden.links.find((l) => l.name === "both v1 with labels")!;
  const j = journey();
  const changed = changesSince(j, 1);
  const kept = j.questions.filter((q) => !changed.has(q.id));
  expect(kept.length).toBeGreaterThan(0);
  await page.goto(relative(flowLink(j.id, "retake", earlier.fragment)));
  // No stepping through 28 questions to change three: the review, with what was carried.
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeFocused();
  await expect(
    page.getByText(`${kept.length} of ${j.questions.length} answers are filled in from it`, { exact: false }),
  ).toBeVisible();
  const earlierAnswers = earlier.assessments.find((a) => a.questionnaireId === j.id)!.answers;
  for (const q of j.questions) {
    const item = page.locator(".review-item").filter({ hasText: q.text });
    const before = earlierAnswers[q.id];
    if (changed.has(q.id)) {
      await expect(item).toContainText("New since last time");
      await expect(item).toContainText("Not answered");
    } else if (before) {
      await expect(item).toContainText(before.kind === "option" ? q.options[before.index]!.label : "Don't know");
    }
  }
  // The main button goes through the questions left open, in turn, then back to the review.
  const open = j.questions.filter((q) => changed.has(q.id));
  await page
    .getByRole("button", {
      name: `Answer the ${open.length} open questions, from question ${j.questions.indexOf(open[0]!) + 1}`,
    })
    .first()
    .click();
  for (const q of open) {
    await expect(page.getByRole("heading", { level: 2, name: q.text })).toBeFocused();
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeFocused();
  await expect(
    page.getByRole("status").filter({ hasText: `All ${j.questions.length} questions are answered` }),
  ).toBeVisible();
  // The earlier result also held the blunders, so the retake goes on to them, also on the review.
  await page
    .getByRole("button", { name: `Go on to ${blunders().title}` })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeFocused();
  await page.getByRole("button", { name: "See my results" }).first().click();
  // The results page joins what arrived, then puts the one link in the address.
  await expect(page).toHaveURL(new RegExp(`#v=3&${j.id}=${j.version}\\.`));
  const hash = new URL(page.url()).hash;
  expect(hash).toContain("p.journey=1.V5DebaOs4whqzzic");
  expect(hash).toContain("p.blunders=1.DMFWB4dvgbnX");
  expect(hash).toContain("label=Chief+executive");
});

test("a journey retake can finish on its own, without going on to the blunders the earlier result held", async ({
  page,
}) => {
  const earlier = golden.links.find((l) => l.name === "both v1 with labels")!;
  const [j, b] = [journey(), blunders()];
  await page.goto(relative(flowLink(j.id, "retake", earlier.fragment)));
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeFocused();
  // Going on is offered, and so is ending here: a year later the journey may be all there is to redo.
  await expect(page.getByRole("button", { name: `Go on to ${b.title}` }).first()).toBeVisible();
  await page
    .getByRole("button", { name: `See my results without ${b.title}` })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/results/#v=3&${j.id}=${j.version}\\.`));
  const hash = new URL(page.url()).hash;
  // The new result holds the journey alone, with the retaken result as the earlier one.
  expect(hash).not.toMatch(new RegExp(`[#&]${b.id}=`));
  expect(hash).toContain("p.journey=1.V5DebaOs4whqzzic");
  await expect(page.getByRole("heading", { level: 2, name: j.title })).toBeVisible();
});

test("an invited leader picks their line once, takes both assessments in one run and ends on Send to the facilitator, even after a reload", async ({
  page,
}) => {
  const token = encodeInvitation({
    team: "Northwind leadership team",
    facilitator: { name: "Ana Silva", email: "ana@example.org" },
    invited: ["Chief executive", "Head of service"],
  });
  await page.goto(`join/#i=${token}`);
  await page.getByLabel("Who you are, as invited").selectOption("Head of service");
  await page.getByLabel("Organisation (optional)").fill("Northwind");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Ana Silva invited you to answer (team: Northwind leadership team)" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await answerByKeyboard(page, journey(), (i, n) => i % n);
  await page
    .getByRole("button", { name: `Go on to ${blunders().title}` })
    .first()
    .click();
  await page.getByRole("button", { name: "Start" }).click();
  await answerByKeyboard(page, blunders(), (i) => (i * 2) % 5);
  await page.getByRole("button", { name: "See my results" }).first().click();

  await expect(page.getByRole("heading", { name: "Send to Ana Silva" })).toBeVisible();
  await expect(page).toHaveURL(/#v=2&/);
  const hash = new URL(page.url()).hash;
  expect(hash).toMatch(new RegExp(`${journey().id}=${journey().version}\\.`));
  expect(hash).toMatch(new RegExp(`${blunders().id}=${blunders().version}\\.`));
  expect(hash).toContain("label=Head+of+service&org=Northwind");
  // The email holds the very link in the address; the site itself sends nothing.
  const mailto = await page.getByRole("link", { name: "Email my result to Ana Silva" }).getAttribute("href");
  expect(mailto).toMatch(/^mailto:ana@example\.org\?/);
  expect(decodeURIComponent(mailto ?? "")).toContain(page.url());
  // A reload of the final report keeps the way to send it.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Send to Ana Silva" })).toBeVisible();
});

test("a damaged invitation is said clearly before the first question, as the run starts", async ({ page }) => {
  const token = encodeInvitation({ team: "Northwind", facilitator: { name: "Ana Silva", email: "ana@example.org" } });
  // One character changed, as a mail program mangling the link would: the seal refuses it.
  const damaged = `${token.slice(0, 10)}${token[10] === "x" ? "y" : "x"}${token.slice(11)}`;
  await page.goto(`assess/${journey().id}/#invite=${damaged}&role=CEO`);
  await expect(page.getByRole("alert")).toContainText(
    "The invitation in this address cannot be read, so your result will not come with a ready email",
  );
});
