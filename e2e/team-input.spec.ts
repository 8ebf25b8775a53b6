import { expect, test } from "@playwright/test";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { encodeFragment } from "../lib/link/fragment";
import { choose } from "../lib/questionnaire/answers";
import { encodeTeamFragment } from "../lib/team-input/team-link";
import { journey } from "./support/content";
import { openSection } from "./support/report";
import { OPAQUE, WRAPPERS } from "../test/wrappers";

// What consultants actually paste or load into /team/: spreadsheets, inboxes, junk, huge files.

const q = journey();
const catalogue = loadCatalogue();
const result = (n: number, label: string) =>
  encodeFragment(
    {
      assessments: [
        {
          questionnaireId: q.id,
          version: q.version,
          answers: Object.fromEntries(q.questions.map((x, i) => [x.id, choose((i + n) % x.options.length)])),
        },
      ],
      label,
    },
    catalogue,
  );
const fileInput = (page: import("@playwright/test").Page) => page.getByLabel("Or load a text or CSV file of links");

test("links inside CSV cells, after text with #, respelled, and the team link itself all count once", async ({
  page,
}) => {
  const [a, b, c] = [result(0, "CEO"), result(1, "CFO"), result(2, "COO")];
  // The same result as a, with its parameters in another order and a trailing &.
  const params = [...new URLSearchParams(a)];
  const respelled =
    [params[0]!, ...params.slice(1, -1).reverse(), params.at(-1)!]
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join("&") + "&";
  const lines = [
    `"name","link"`,
    `"Chief executive","https://example.org/results/#${a}"`,
    `Row #3, see https://example.org/results/#${b} for the CFO`,
    `#${respelled}`,
    `https://example.org/team/#${encodeTeamFragment([c, a])}`,
  ];
  await page.goto("team/");
  await page.getByLabel(/Result links, one per line/).fill(lines.join("\n"));
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^3 results read/ })).toBeVisible();
  await openSection(page, "Respondents");
  const respondents = page.getByRole("table", { name: "Each respondent with their overall result" });
  for (const label of ["CEO", "CFO", "COO"])
    await expect(respondents.getByRole("cell", { name: label, exact: true })).toHaveCount(1);
  const problems = page.getByRole("region", { name: "Lines that were not counted" });
  await expect(problems).toContainText("Same result as line 2");
});

test("a pasted mail thread: wrapped, invisible-edged and line-wrapped links all count, and a hidden one says what to do", async ({
  page,
}) => {
  const url = (n: number, label: string) => `https://example.org/results/#${result(n, label)}`;
  const coo = url(2, "COO");
  const thread = [
    `From Lena: ${WRAPPERS["Outlook Safe Links"]!(url(0, "CEO"))}`,
    // Two links a chat tool joined with a zero-width space, the second with a direction mark after it.
    `${url(1, "CFO")}\u200B${WRAPPERS["Proofpoint v3"]!(url(3, "CMO"))}\u200E`,
    // A reply that quotes a link its mail program wrapped.
    `> ${coo.slice(0, 60)}`,
    `> ${coo.slice(60)}`,
    `Mine went through the company filter: ${OPAQUE["Mimecast URL Protect"]}`,
  ];
  await page.goto("team/");
  await page.getByLabel(/Result links, one per line/).fill(thread.join("\n"));
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^4 results read/ })).toBeVisible();
  await openSection(page, "Respondents");
  const respondents = page.getByRole("table", { name: "Each respondent with their overall result" });
  for (const label of ["CEO", "CFO", "CMO", "COO"])
    await expect(respondents.getByRole("cell", { name: label, exact: true })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Lines that were not counted" })).toContainText(
    "This link was rewritten by Mimecast URL Protect",
  );
});

test("an oversized file is refused before it is read, with its size and the limit", async ({ page }) => {
  await page.goto("team/");
  await fileInput(page).setInputFiles({
    name: "huge.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(20 * 1024 * 1024, "a"),
  });
  await expect(page.getByRole("alert").filter({ hasText: "This file is 20.0 MB" })).toContainText("reads up to 2 MB");
  await expect(page.getByLabel(/Result links, one per line/)).toHaveValue("");
});

test("a binary file is refused as not text, not listed as thousands of problems", async ({ page }) => {
  await page.goto("team/");
  const binary = Buffer.from(Array.from({ length: 1024 * 1024 }, (_, i) => (i * 7919) % 256));
  await fileInput(page).setInputFiles({ name: "photo.png", mimeType: "text/plain", buffer: binary });
  await expect(page.getByRole("alert").filter({ hasText: "not a text file" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Lines that were not counted" })).toHaveCount(0);
});

test("a spreadsheet of 5,000 lines, links and junk, is read with a progress status, and problems are capped", async ({
  page,
}) => {
  const good = Array.from({ length: 40 }, (_, i) => `https://example.org/results/#${result(i, `Leader ${i + 1}`)}`);
  const lines = Array.from({ length: 5000 }, (_, i) => (i % 125 === 0 ? `"${good[i / 125]!}"` : `"junk line ${i}"`));
  await page.goto("team/");
  await fileInput(page).setInputFiles({
    name: "leaders.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(lines.join("\r\n")),
  });
  await expect(page.getByRole("status").filter({ hasText: "Added the lines of leaders.csv" })).toBeVisible();
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^40 results read, 4,960 lines skipped/ })).toBeVisible({
    timeout: 15_000,
  });
  const problems = page.getByRole("region", { name: "Lines that were not counted" });
  await expect(problems.getByRole("listitem")).toHaveCount(50);
  await expect(problems).toContainText("…and 4,910 more lines were not counted.");
});
