import { expect, type Page } from "@playwright/test";
import type { Locale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import { optionLabels } from "../../lib/questionnaire/answers";

/** A choice for each question: an option index, "dont-know", or null to skip it. */
export type Plan = (questionIndex: number, optionCount: number) => number | "dont-know" | null;

/**
 * Answers a whole questionnaire with the keyboard, then opens the results from the review.
 * `from` is the flow's address, which may bring a result along.
 */
export async function takeByKeyboard(page: Page, q: Questionnaire, plan: Plan, from = `assess/${q.id}/`) {
  await page.goto(from);
  await page.getByRole("button", { name: "Start" }).click();
  await answerByKeyboard(page, q, plan);
  await page.getByRole("button", { name: "See my results" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();
}

/**
 * Answers every question with the keyboard (null keeps what is there) and stops at the review.
 * `q` is the questionnaire in the page's language, `locale` that language.
 */
export async function answerByKeyboard(page: Page, q: Questionnaire, plan: Plan, locale: Locale = "en") {
  for (const [i, question] of q.questions.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: question.text })).toBeFocused();
    const count = optionLabels(q, question).length;
    const choice = plan(i, count);
    if (choice === "dont-know") await page.keyboard.press(String(count + 1));
    else if (choice !== null) await page.keyboard.press(String(choice + 1));
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: messagesFor(locale).flow.review.title })).toBeFocused();
}
