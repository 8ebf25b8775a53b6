// Fails when a German, French or Spanish page of the export shows English that the allowlist
// (scripts/checks/known-english-leaks.ts) does not name, listing every such page and phrase at
// once; and when the allowlist names English for the built pages that no page shows any more.
// Runs in `npm test` right after the build (scripts/e2e.ts): it reads out/, never a browser.
import { dictionaryFor } from "./checks/english-texts";
import { describeLeaks, englishPageTexts, leaksInExport, newLeaks, staleEntries } from "./checks/english-leaks";
import { describeBySource } from "./checks/leaks-by-source";

const out = process.env.OUT_DIR ?? "out";
const english = englishPageTexts(out);
const found = (["de", "fr", "es"] as const).flatMap((locale) =>
  leaksInExport(out, locale, dictionaryFor(locale, english)),
);
// `--all` lists the known leaks too, page by page; `--by-source` by the file they are written in.
if (process.argv.includes("--all")) console.log(describeLeaks(found));
if (process.argv.includes("--by-source")) console.log(describeBySource(found));
const fresh = newLeaks(found);
const stale = staleEntries(found);
if (fresh.length > 0) {
  console.error(
    `English on ${fresh.length} translated pages of ${out}/, not in the allowlist:\n${describeLeaks(fresh)}`,
  );
  console.error(
    'Translate it (messages in lib/i18n/messages/<lang>/, content in content/i18n/<lang>/), or mark an English text lang="en".',
  );
}
for (const k of stale)
  console.error(
    `No page shows “${k.phrase ?? k.from}” any more: delete its entry from scripts/checks/known-english-leaks.ts.`,
  );
if (fresh.length + stale.length > 0) process.exit(1);
const known = found.reduce((n, p) => n + p.leaks.length, 0);
console.log(`No new English on the translated pages of ${out}/ (${known} known leaks waiting for their fixes).`);
