// How long reading 1 MB of each adversarial family of input takes in Node: the team box (every
// family of test/adversarial.ts, the inputs once found stalling it), the link reader /compare/
// and /results/ use, and the article search, beside ordinary input of the same size. Each figure
// is the fastest of five runs; the growth from an eighth of the size is 8 for linear reading and
// 64 for quadratic. Absolute times wander with the machine; the growth is what the unit tests
// hold to (test/linear.ts). The team box is read without its caps (aggregateTeam), so every line
// of the megabyte is read: the page reads up to 2 MB and 10,000 lines, in a Web Worker. Ours
// only: the families are newer than the baseline, and the figure is printed, never judged.
import { FAMILIES } from "../../test/adversarial";
import { filled } from "../../test/linear";
import { teamCatalogue, teamLink, journeyAt } from "../../test/team-links";
import { createSearch } from "../../lib/articles/search";
import { buildSearchIndex } from "../../lib/articles/search-index";
import { loadLibrary } from "../../lib/content/library/load-library";
import { loadSynonyms } from "../../lib/content/library/load-synonyms";
import { MAX_FRAGMENT_LENGTH } from "../../lib/link/fragment";
import { readLink } from "../../lib/link/reader";
import { aggregateTeam } from "../../lib/team-input/aggregate";

const MB = 1024 * 1024;
const RUNS = 5;

/** One family read at 1 MB: the fastest of five runs, and how it grew from an eighth. */
export type InputReading = { input: string; msPerMb: number; growth: number };

function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

type Reader = { name: string; read: (length: number) => () => unknown };

const team = (make: (length: number) => string) => (length: number) => {
  const text = make(length);
  return () => aggregateTeam(text, teamCatalogue);
};

// The link reader reads one link of at most four times MAX_FRAGMENT_LENGTH: 1 MB of it is that
// many links, each as long as it may be.
const linkReader = (unit: string) => (length: number) => {
  const link = filled(unit, 4 * MAX_FRAGMENT_LENGTH - 10);
  const count = Math.max(1, Math.round(length / link.length));
  return () => {
    for (let i = 0; i < count; i += 1) readLink(link, teamCatalogue);
  };
};

function readers(): Reader[] {
  const search = createSearch(buildSearchIndex(loadLibrary(), loadSynonyms()));
  const link = teamLink({ journey: journeyAt(2) }, { label: "CEO" });
  return [
    { name: "team box: result links (ordinary)", read: team((n) => filled(`${link}\n`, n)) },
    { name: "team box: prose (ordinary)", read: team((n) => filled("Thanks, all three are in. See you Monday.\n", n)) },
    ...Object.entries(FAMILIES).map(([name, make]) => ({ name: `team box: ${name}`, read: team(make) })),
    { name: "link reader: encoded spaces", read: linkReader("%20") },
    { name: "link reader: invisible and punctuation", read: linkReader("\u200B“。") },
    { name: "link reader: encoded quotes", read: linkReader("%E2%80%9D") },
    { name: "search: one long word", read: (n) => () => search("a".repeat(n)) },
    { name: "search: many words", read: (n) => () => search(filled("customer loyalty ", n)) },
  ];
}

/** Every reader at 1 MB and at an eighth of it, in the order of readers(). */
export function inputReadings(): InputReading[] {
  return readers().map(({ name, read }) => {
    const full = fastest(read(MB));
    const eighth = fastest(read(MB / 8));
    return { input: name, msPerMb: Math.round(full), growth: Number((full / Math.max(eighth, 0.01)).toFixed(1)) };
  });
}
