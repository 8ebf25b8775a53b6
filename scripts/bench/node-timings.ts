// Run by the bench in each side's own tree (`tsx scripts/bench/node-timings.ts`), one fresh
// process a round, so the two sides' Node timings take turns: prints scoring and aggregation
// times as one line of JSON. Each side draws its fixture links with its own code from the
// same seed, so each measures the links it makes.
import { golden } from "../../test/golden-links";
import { fixtureFragments } from "./fixture-links";
import { loadCatalogue, loadCurrentQuestionnaires } from "../../lib/content/assessments/load-questionnaires";
import { timeAggregation, timeScoring } from "./timing";

const both = golden.links.find((l) => l.name.startsWith("both"))?.fragment;
if (!both) throw new Error('the golden links have no "both" link');
const catalogue = loadCatalogue();
const links = fixtureFragments(loadCurrentQuestionnaires(), catalogue, 5000).map(
  (f) => `https://outside-in.example/results/#${f}`,
);
console.log(
  JSON.stringify({
    scoring: timeScoring(catalogue, both),
    aggregation: timeAggregation(catalogue, links, [500, 5000]),
  }),
);
