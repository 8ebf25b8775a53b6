import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";

const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page and expects no violations. axe is
 * injected once per document through the DevTools protocol (which the page's CSP does not
 * govern) and then rerun for each state of the page, which keeps a full scan fast.
 */
export async function expectNoViolations(page: Page, where: string) {
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) await page.evaluate(source);
  const violations = await page.evaluate(async (tags) => {
    const axe = Reflect.get(window, "axe");
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`,
    );
  }, TAGS);
  expect(violations.map((v: string) => `${where}: ${v}`)).toEqual([]);
}
