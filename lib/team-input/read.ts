import type { LinkError, LinkErrorKind } from "../link/errors";
import type { Catalogue } from "../questionnaire/catalogue";
import { byQuestionnaire } from "../team/by-questionnaire";
import { findLinks, readingsOfEntry, teamEntries } from "./extract";
import { groupLeaders } from "../team/leaders";
import { questionSpreads } from "../team/questions";
import { MAX_TEAM_LINKS } from "./caps";
import { eachLine } from "./lines";
import { mailLines } from "./mail";
import { lineProblem } from "./reasons";
import type { LineReason, TeamAggregate } from "../team/types";
import { likelier, newTally, readLink, type Failure, type Tally } from "./tally";
import { forDisplay } from "../shared/invisible";

/** No line needs more links than a team view counts; past that, the line is junk or a paste gone wrong. */
export const MAX_LINKS_PER_LINE = MAX_TEAM_LINKS;

const linkReason = ({ kind, parts }: LinkError): LineReason => ({
  code: "link",
  error: { kind, ...(parts && { parts }) },
});

// Failures of a link that names one of our questionnaires: a real link, damaged on its way.
const DAMAGED = new Set<LinkErrorKind>(["unknown-version", "truncated", "extended", "tampered"]);

// A line quoted back as it was pasted, but never with its bidi controls, and cut between whole characters.
const clip = (text: string) => forDisplay(text, 80);

function namesQuestionnaire(reading: string, catalogue: Catalogue): boolean {
  const keys = new Set(new URLSearchParams(reading).keys());
  return catalogue.some((q) => keys.has(q.id));
}

/**
 * Reads every link in one line. A line that counts nothing is reported exactly once: with the
 * reason its likeliest link failed, or NO_LINK. In a line that did count, a link that failed is
 * reported too when it is one of ours, damaged; stray text that merely looked like a link is not.
 * Yields between links, so a long line can be read across several slices.
 */
function* readLine(
  line: number,
  raw: string,
  tally: Tally,
  isMail: (holdsLink: boolean) => boolean,
): Generator<void, void, undefined> {
  const text = clip(raw);
  const before = tally.counted + tally.problems.length;
  const failures: Failure[] = [];
  // Readings read in this line: an HTML anchor whose text is its address, Slack's <link|link>
  // and a Markdown [link](link) show one link twice, which is read once and not reported.
  const readHere = new Set<string>();
  let links = 0;
  const overLimit = () => {
    links += 1;
    if (links <= MAX_LINKS_PER_LINE) return false;
    tally.problems.push(lineProblem(line, text, { code: "too-many-in-line", max: MAX_LINKS_PER_LINE }));
    return true;
  };
  for (const found of findLinks(raw)) {
    yield;
    if (found.kind === "none") continue;
    if (found.kind === "wrapped") {
      failures.push({ error: found.error, reading: "" });
      continue;
    }
    if (found.kind === "result") {
      if (found.readings.some((r) => readHere.has(r))) continue;
      if (overLimit()) return;
      const outcome = readLink(found.readings, line, text, tally);
      if (outcome && "read" in outcome) readHere.add(outcome.read);
      else if (outcome) failures.push(outcome.failed);
      continue;
    }
    // Each entry of a team link counts as a line of its own would, under this line's number.
    for (const entry of teamEntries(found.token)) {
      yield;
      if (overLimit()) return;
      const outcome = readLink(readingsOfEntry(entry), line, clip(entry), tally);
      if (outcome && "failed" in outcome)
        tally.problems.push(lineProblem(line, clip(entry), linkReason(outcome.failed.error)));
    }
  }
  const best = failures.reduce<Failure | null>(likelier, null);
  // Mail around the links (headers, the quoted message, closings, signatures) is not a line
  // that failed to be a link (mail.ts), unless a link in it failed.
  const mail = isMail(readHere.size > 0 || best !== null);
  if (tally.counted + tally.problems.length === before) {
    if (!best && mail) {
      tally.mail.push(line);
      return;
    }
    tally.problems.push(lineProblem(line, text, best ? linkReason(best.error) : { code: "no-link" }));
    return;
  }
  for (const f of failures) {
    if (DAMAGED.has(f.error.kind) && namesQuestionnaire(f.reading, tally.catalogue))
      tally.problems.push(lineProblem(line, text, linkReason(f.error)));
  }
}

/**
 * Reads every line of a text, yielding the number of non-empty lines done after each piece of
 * work, and returns the aggregate. Pure and synchronous underneath: aggregateTeam runs it in one
 * go, aggregateTeamInChunks in slices, so both give the same result by construction.
 */
export function* readTeam(
  text: string,
  catalogue: Catalogue,
  limit: number,
): Generator<number, TeamAggregate, undefined> {
  const tally = newTally(catalogue, limit);
  let done = 0;
  const mail = mailLines();
  for (const input of eachLine(text)) {
    const { line, text: raw, span } = input;
    for (const _ of readLine(line, raw, tally, (holdsLink) => mail(input, holdsLink))) yield done;
    // A line mail broke in two counts as the lines it was, as the progress's total does.
    done += span;
    yield done;
  }
  const respondents = tally.slots.flatMap((slot) => (slot ? [slot.respondent] : []));
  // Notes about an earlier line come when a later line shows it: listed in line order.
  const problems = [...tally.problems].sort((a, b) => a.line - b.line);
  const { leaders, unpaired } = groupLeaders(respondents, catalogue);
  const aggregates = byQuestionnaire(leaders, catalogue);
  return {
    respondents,
    leaders,
    unpaired,
    problems,
    mail: tally.mail,
    byQuestionnaire: aggregates,
    questions: questionSpreads(
      leaders,
      catalogue,
      aggregates.map((q) => q.questionnaireId),
    ),
    unreadLines: 0,
  };
}
