import { existsSync } from "node:fs";
import type { Page } from "@playwright/test";
import { englishLeaks, leakDictionary, type EnglishText } from "../../lib/i18n/english-leaks";
import type { TranslatedLocale } from "../../lib/i18n/language-names";
import {
  describeLeaks,
  englishPageTexts,
  ENGLISH_PAGE,
  newLeaks,
  staleBrowserEntries,
  type PageLeaks,
} from "../../scripts/checks/english-leaks";
import { ownTexts, pageTexts } from "../../scripts/checks/english-texts";
import { describeBySource } from "../../scripts/checks/leaks-by-source";

/**
 * What the page shows now, as the export's check reads a page (scripts/checks/page-text.ts):
 * every text node (a closed section's and a hidden slide's too), the attributes a reader meets
 * and the title, less scripts, styles and whatever is marked English (`lang="en"`); on an
 * English page (`english: true`), all of them but code and what is marked another language.
 */
export async function shownSegments(page: Page, { english: all = false } = {}): Promise<string[]> {
  return page.evaluate((all) => {
    // Left out: on a translated page what is marked English; on an English page what is marked
    // another language (the switch's names, another language's offer), no English words.
    const english = (el: Element | null) => {
      const lang = el?.closest("[lang]")?.getAttribute("lang") ?? "";
      return all ? !/^en\b/i.test(lang) : /^en\b/i.test(lang);
    };
    const segments = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      // On an English page, code ("content/benchmarks/") is left out too: no language writes it otherwise.
      const skipped = all ? "script, style, code" : "script, style";
      if (parent && !parent.closest(skipped) && !english(parent)) segments.push(n.textContent ?? "");
    }
    const names = ["aria-label", "aria-description", "title", "alt", "placeholder"];
    for (const el of document.body.querySelectorAll(names.map((n) => `[${n}]`).join(", ")))
      if (!english(el)) segments.push(...names.map((n) => el.getAttribute(n) ?? ""));
    for (const el of document.body.querySelectorAll<HTMLInputElement>("input[type=submit], input[type=button]"))
      if (!english(el)) segments.push(el.value);
    return segments;
  }, all);
}

/**
 * What the English pages show in the same states, each segment named by page and state: English
 * written in code rather than messages ("The result to retake cannot be read…") shows only once
 * an island runs. A segment with a figure is data, as in the export's check.
 */
export async function englishSeen(page: Page, what: string): Promise<EnglishText[]> {
  const from = `${ENGLISH_PAGE}${new URL(page.url()).pathname} (${what})`;
  return (await shownSegments(page, { english: true }))
    .filter((text) => !/\d/.test(text))
    .map((text) => ({ text, from }));
}

/**
 * The English a walk through a language's pages meets, page by page and state by state, found
 * as the export's check finds it. `english` is what the English walk saw; `data` is what the
 * walk typed in itself (names, an organisation), the same in every language.
 */
export function englishWalk(locale: TranslatedLocale, english: EnglishText[], data: string[]) {
  // The English pages' text joins the messages and content where the export is at hand (not
  // when the suite checks a deployment).
  const out = process.env.OUT_DIR ?? "out";
  const built = existsSync(out) ? englishPageTexts(out) : [];
  const dictionary = leakDictionary([...pageTexts("en"), ...built, ...english], [...ownTexts(locale), ...data]);
  const found: PageLeaks[] = [];
  const visited: string[] = [];
  return {
    /** Reads the page as it is now; `what` names the state ("report, printed"). */
    async read(page: Page, what: string) {
      const state = `${new URL(page.url()).pathname} (${what})`;
      visited.push(state);
      const leaks = englishLeaks(await shownSegments(page), dictionary);
      if (leaks.length > 0) found.push({ page: state, leaks });
    },
    /** Every leak met that the allowlist (scripts/checks/known-english-leaks.ts) does not name, as a list. */
    unknown: () => describeLeaks(newLeaks(found)),
    /** Entries for the browser whose pages the walk read without meeting them: fixed, so they must go. */
    stale: () => staleBrowserEntries(found, visited).map((k) => `${k.phrase ?? k.from} on ${k.pages}`),
    /** Every leak met, known or not, by the file it is written in: what the allowlist waits for. */
    all: () => describeBySource(found),
  };
}
