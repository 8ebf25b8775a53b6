/**
 * Every island of the site: the parts of a page that run in the browser. An export's name is
 * the island's name; the build (scripts/build/islands.ts) bundles one entry per export, the
 * page writes `<Island name="results" props={…} />`, and the entry hydrates every instance on
 * the page. Nothing else names an island, so a new one is one line here and one in its page.
 *
 * A gated island (`gates` in gates.ts) loads its bundle only when its gate opens; one started on
 * use (`onUse` there) only on a first sign of use.
 */
export { CompareView as compare } from "@/components/compare/compare-view";
export { QuestionFlow as flow } from "@/components/questionnaire/question-flow";
export { InviteSection as invite } from "@/components/invitation/invite-section";
export { JoinView as join } from "@/components/invitation/join-view";
export { LatestResults as latest } from "@/components/shared/latest-results";
export { ResultsView as results } from "@/components/results/results-view";
export { TeamView as team } from "@/components/workshop/team-view";
