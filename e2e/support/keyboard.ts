import { expect, type Page } from "@playwright/test";

export type Focused = { tag: string; text: string; visibleFocus: boolean };

/** What has focus now, and whether the focus can be seen (an outline or a ring). */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { tag: "body", text: "", visibleFocus: false };
    // A radio's ring is drawn on its label; a focused heading shows its own outline.
    const target = el instanceof HTMLInputElement && el.type === "radio" ? (el.closest("label") ?? el) : el;
    const style = getComputedStyle(target);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    const text = (
      el.getAttribute("aria-label") ??
      el.textContent ??
      (el instanceof HTMLInputElement ? el.value : "")
    ).trim();
    return { tag: el.tagName.toLowerCase(), text, visibleFocus: outline || ring };
  });
}

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp, limit = 150): Promise<Focused> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (name.test(now.text)) {
      expect(now.visibleFocus, `focus on "${now.text}" must be visible`).toBe(true);
      return now;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}
