import type { Catalogue } from "../questionnaire/catalogue";
import { nameKey } from "../shared/name-rule";
import { commonSpelling } from "./spellings";
import type { Leader, LeaderAssessment, Respondent, Unpaired } from "./people";

/**
 * Role and organisation as people retype them, matched by the one rule for names
 * (lib/shared/name-rule.ts): Unicode normalisation, case folding, compatibility forms and
 * invisible characters aside.
 */
const keyOf = (r: Respondent) =>
  r.result.label ? `${nameKey(r.result.label)}\u0000${nameKey(r.result.org ?? "")}` : null;

function assessmentsOf(r: Respondent): LeaderAssessment[] {
  return r.result.assessments.flatMap((a, i) => {
    const score = r.scores[i];
    return score ? [{ questionnaireId: a.questionnaireId, version: a.version, answers: a.answers, score }] : [];
  });
}

/** The questionnaires a link holds, as one key: links with no questionnaire in common can be one person's. */
const signatureOf = (r: Respondent) => r.result.assessments.map((a) => a.questionnaireId).join(" ");
const disjoint = (a: string, b: string) => {
  const ids = new Set(a.split(" "));
  return !b.split(" ").some((id) => ids.has(id));
};

/**
 * Within one role and organisation (`members`, with what each link holds in `signatures`):
 * which links pair up, recorded both ways in `partner`, and how many could pair but did not.
 */
function pairWithin(members: readonly number[], signatures: readonly string[], partner: Map<number, number>) {
  // Grouped by what they hold, so each link's candidates are counted without comparing every two links.
  const bySignature = new Map<string, number[]>();
  for (const i of members) {
    const signature = signatures[i] ?? "";
    const links = bySignature.get(signature);
    if (links) links.push(i);
    else bySignature.set(signature, [i]);
  }
  const candidates = (signature: string) =>
    [...bySignature].filter(([other]) => disjoint(signature, other)).flatMap(([, links]) => links);
  let loose = 0;
  for (const [signature, links] of bySignature) {
    const mine = candidates(signature);
    const [j] = mine;
    const theirs = j === undefined ? [] : candidates(signatures[j] ?? "");
    for (const i of links) {
      if (mine.length === 1 && j !== undefined && theirs.length === 1 && theirs[0] === i) partner.set(i, j);
      else if (mine.length > 0) loose += 1;
    }
  }
  return loose;
}

/**
 * The people behind the links. A leader sometimes sends two links, one per assessment; they are
 * paired when their role and organisation match and the pairing is the only one possible: each
 * link has exactly one other link with that role and organisation that holds none of its
 * assessments. Anything less certain stays side by side, and is listed in `unpaired`, because
 * merging two people's answers would be worse than showing one person twice.
 */
export function groupLeaders(
  respondents: readonly Respondent[],
  catalogue: Catalogue,
): { leaders: Leader[]; unpaired: Unpaired[] } {
  const groups = new Map<string, number[]>();
  respondents.forEach((r, i) => {
    const key = keyOf(r);
    if (key === null) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const signatures = respondents.map(signatureOf);
  // An organisation typed two ways is one organisation: shown in its most common spelling.
  const org = commonSpelling(respondents.map((r) => r.result.org));
  const partner = new Map<number, number>();
  const unpaired: Unpaired[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const loose = pairWithin(members, signatures, partner);
    const first = respondents[members[0] ?? 0]?.result;
    if (loose > 0 && first?.label)
      unpaired.push({ label: first.label, ...(first.org && { org: org(first.org) }), links: loose });
  }
  const order = new Map<string, number>();
  catalogue.forEach((q, i) => {
    if (!order.has(q.id)) order.set(q.id, i);
  });
  const rank = (id: string) => order.get(id) ?? -1;
  const leaders: Leader[] = [];
  respondents.forEach((r, i) => {
    const j = partner.get(i);
    // A pair is one leader, placed where its first link was.
    if (j !== undefined && j < i) return;
    const other = j === undefined ? undefined : respondents[j];
    const assessments = [...assessmentsOf(r), ...(other ? assessmentsOf(other) : [])].sort(
      (a, b) => rank(a.questionnaireId) - rank(b.questionnaireId),
    );
    // Importance rides with the journey, in whichever of a pair's links holds it.
    const importance = r.result.importance ?? other?.result.importance;
    leaders.push({
      number: leaders.length + 1,
      ...(r.result.label && { label: r.result.label }),
      ...(r.result.org && { org: org(r.result.org) }),
      lines: other ? [r.line, other.line] : [r.line],
      assessments,
      ...(importance && { importance }),
    });
  });
  return { leaders, unpaired };
}

/** How a leader is named in the team view: their role (and organisation), or "Leader <n>". */
export const leaderName = (leader: Leader) => leaderNameAs(leader, "Leader {n}");

/** The same in the view's language: `numbered` names a leader without a role, `{n}` their number. */
export function leaderNameAs(leader: Leader, numbered: string): string {
  if (!leader.label) return numbered.replace("{n}", String(leader.number));
  return leader.org ? `${leader.label} · ${leader.org}` : leader.label;
}
