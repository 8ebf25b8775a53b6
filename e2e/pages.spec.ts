import { expect, test } from "@playwright/test";
import { loadPageIn } from "../lib/content/load-pages";
import type { Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { golden } from "../test/golden-links";
import { journey } from "./support/content";
import { radarDrawn } from "./support/report";

test("the home page explains the assessment and starts it @phone", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`${journey().questions.length} questions`);
  await expect(page.getByRole("heading", { name: "Your answers stay in your browser" })).toBeVisible();
  await page.getByRole("link", { name: "Start the assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: journey().title })).toBeVisible();
});

test("an unknown address shows the 404 page, and the 404 page itself is never found", async ({ page, request }) => {
  for (const path of ["404/", "404.html", "_not-found/"]) expect((await request.get(path)).status(), path).toBe(404);
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("how scoring works explains the stages and the rounding rule", async ({ page }) => {
  await page.goto("how-scoring-works/");
  await expect(page.getByRole("heading", { level: 1, name: "How scoring works" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("3.5 is stage 3");
});

// The status every translation has until it is tested with leaders whose language it is, as the
// project words it; the page says it in each language (content/pages/translations.mdx).
const TRANSLATION_STATUS: { locale: Locale; status: string }[] = [
  { locale: "en", status: "translated and reviewed by the project, not yet tested with native-speaking leaders" },
  {
    locale: "de",
    status: "übersetzt und geprüft vom Projekt, noch nicht mit muttersprachlichen Führungskräften getestet",
  },
];

for (const { locale, status } of TRANSLATION_STATUS) {
  test(`the page on how the languages were translated opens from the foot of a page and states their status (${locale})`, async ({
    page,
  }) => {
    const prefix = locale === "en" ? "" : `${locale}/`;
    await page.goto(prefix || "./");
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: messagesFor(locale).chrome.translations.footer })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}translations/$`));
    await expect(
      page.getByRole("heading", { level: 1, name: loadPageIn(locale, "translations").frontmatter.title }),
    ).toBeVisible();
    await expect(page.getByRole("main")).toContainText(status);
  });
}

for (const [fragment, message] of [
  ["", "holds none"],
  ["#garbage", "not an Outside-In result link"],
  ["#v=1&journey=1.AAA", "looks cut off"],
  ["#v=9&journey=1.AAAAAAAAAAAAAAAA", "newer version of Outside-In"],
  ["#v=1&journey=42.AAAAAAAAAAAAAAAA", "newer than this site knows"],
] as const) {
  test(`a bad result link (${fragment || "empty"}) explains itself`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`results/${fragment}`);
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText(message);
    await expect(page.getByRole("link", { name: "Take the journey assessment" })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });
  // The site has no CSS animations or transitions; recharts' grow-from-the-centre was the one
  // motion a page could have. The radar is drawn in its final shape, and recharts' tooltip
  // layer, loaded when a pointer reaches the chart, animates nothing either.
  test("the radar is drawn in its final shape at once, and nothing on the page moves", async ({ page }) => {
    await page.goto(`results/#${golden.links[0]!.fragment}`);
    const radar = await radarDrawn(page, /^Radar chart of stage by area/);
    await radar.hover();
    await expect(radar.locator(".recharts-surface")).toBeAttached();
    // The outline on each of the next ten frames: an animation would change it.
    const frames = await radar.evaluate(async (figure) => {
      const shapes: string[] = [];
      for (let i = 0; i < 10; i += 1) {
        await new Promise(requestAnimationFrame);
        shapes.push(figure.querySelector('polygon[data-series="Now"]')?.getAttribute("points") ?? "none");
      }
      return shapes;
    });
    expect(frames[0]).not.toBe("none");
    expect(new Set(frames).size).toBe(1);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});
