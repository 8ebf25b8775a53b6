import { writeFileSync } from "node:fs";
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

test("an oversized file is refused before it is read, with its size and the limit", async ({ page }, testInfo) => {
  await page.goto("team/");
  // From disk, as a person picks it: a 20 MB buffer would be rebuilt as a File in the page first.
  const huge = testInfo.outputPath("huge.txt");
  writeFileSync(huge, Buffer.alloc(20 * 1024 * 1024, "a"));
  await fileInput(page).setInputFiles(huge);
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

test("a file too long for the box is held beside it, named with its size, read with the box, and can be removed", async ({
  page,
}) => {
  const good = Array.from({ length: 3 }, (_, i) => `https://example.org/results/#${result(i, `Leader ${i + 1}`)}`);
  // More lines than the box lays out quickly (lib/team-input/beside-the-box.ts): held, not shown.
  const lines = [...good, ...Array.from({ length: 9000 }, (_, i) => `note ${i}`)];
  await page.goto("team/");
  await page.getByLabel(/Result links, one per line/).fill(good[0]!);
  await fileInput(page).setInputFiles({
    name: "long.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(lines.join("\n")),
  });
  const held = page.getByRole("list", { name: "Held beside the box" });
  await expect(held).toContainText(/long\.txt: [\d.]+ KB, 9,003 lines/);
  await expect(page.getByLabel(/Result links, one per line/)).toHaveValue(good[0]!);
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^3 results read/ })).toBeVisible({ timeout: 15_000 });
  // Kept in this browser: a reload brings it back held, not poured into the box.
  await page.reload();
  await expect(held).toContainText("long.txt");
  await page.getByRole("button", { name: "Remove long.txt" }).click();
  await expect(held).toHaveCount(0);
});

test("a paste too long for the box is held beside it rather than laid out in it", async ({ page }) => {
  const good = `https://example.org/results/#${result(0, "CEO")}`;
  const text = [good, ...Array.from({ length: 9000 }, (_, i) => `note ${i}`)].join("\n");
  await page.goto("team/");
  const box = page.getByLabel(/Result links, one per line/);
  // A paste as the browser delivers it: a paste event carrying the clipboard's text.
  await box.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.getByRole("list", { name: "Held beside the box" })).toContainText(
    /Pasted text: [\d.]+ KB, 9,001 lines/,
  );
  await expect(box).toHaveValue("");
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^1 result read/ })).toBeVisible({ timeout: 15_000 });
});
