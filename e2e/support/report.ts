import { expect, type Page } from "@playwright/test";
import { blunders, journey } from "./content";

/** The sections of a report on both assessments that open and close, in page order. */
export const reportSections = () => [
  "Your plan",
  journey().title,
  blunders().title,
  "How the two results relate",
  "Print, download or share",
];

/** Opens a section of the report, as a reader does, by its heading; returns the section. */
export async function openSection(page: Page, name: string | RegExp) {
  // A name is matched whole: "Respondents" must not find "Journey: 20 respondents".
  const named = { name, exact: typeof name === "string" };
  const section = page.getByRole("region", named);
  // The team page's sections open by a button (components/shared/disclosure.tsx), the report's by
  // <details>. The heading is waited for first: which of the two it is shows only once it is there.
  const heading = section.getByRole("heading", { level: 2, ...named });
  await expect(heading).toBeVisible();
  const toggle = heading.getByRole("button");
  if ((await toggle.count()) > 0) {
    if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    return section;
  }
  // The section's first group is its <details>; a form inside it may hold more.
  const details = section.getByRole("group").first();
  if ((await details.getAttribute("open")) === null) await section.getByRole("heading", { level: 2, ...named }).click();
  await expect(details).toHaveAttribute("open", "");
  return section;
}

/** Waits until a radar is drawn: its SVG, one outline per series, is drawn with the report. */
export async function radarDrawn(page: Page, name: RegExp) {
  const radar = page.getByRole("img", { name });
  await expect(radar.locator("svg polygon[data-series]").first()).toBeAttached();
  return radar;
}
