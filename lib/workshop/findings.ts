import { countOf } from "../shared/plural";
import { FAR_APART, MIN_LEADERS_FOR_MEDIAN } from "../scoring/thresholds";
import {
  questionnaireClaims,
  type AreaClaim,
  type QuestionnaireClaims,
  type Standout,
  type TeamClaim,
} from "../team/claims";
import type { Apart, Camp, Side } from "../team/score-spread";
import type { Leader } from "../team/people";
import type { QuestionnaireAggregate } from "../team/types";
import { importanceSentence } from "./importance-sentence";
import { distanceText, listOf, scoreText, spanText, type Sentence } from "./sentence";

/** What one area's spread says, short enough for a table cell, with the claim it says it from. */
export type AreaNote = { id: string; name: string; note: Sentence; claim: AreaClaim };

/** One finding: the claim and its sentence. */
export type Finding = { claim: TeamClaim; sentence: Sentence };

/** What a facilitator reads about one questionnaire: a few findings, then one note per area. */
export type Findings = {
  questionnaireId: string;
  title: string;
  kind: QuestionnaireAggregate["kind"];
  summary: Finding[];
  areas: AreaNote[];
};

type Kind = QuestionnaireAggregate["kind"];

const FAR: Record<Side, string> = { low: "far lower", high: "far higher" };

/** Leaders apart, counted instead of named: "795 leaders (16%)" and "400 far lower, 395 far higher". */
function apartCount(apart: readonly Apart[], of: number): { who: string; sides: string } {
  const low = apart.filter((a) => a.side === "low").length;
  const share = Math.round((apart.length / of) * 100);
  return {
    who: `${countOf(apart.length, "leader", "leaders")} (${share}%)`,
    sides: `${low} far lower, ${apart.length - low} far higher`,
  };
}

const apartList = (kind: Kind, apart: readonly Apart[]): Sentence =>
  listOf(apart.map((a) => [{ leader: a.leader }, ` ${FAR[a.side]} (${scoreText(kind, a.value)})`]));

const campsText = (kind: Kind, [low, high]: readonly [Camp, Camp]): string => {
  const group = (c: Camp) => `${countOf(c.leaders.length, "leader", "leaders")} at ${spanText(kind, c.min, c.max)}`;
  return `${group(low)} and ${group(high)}, ${distanceText(kind, high.min - low.max)} apart`;
};

function standoutSentence(kind: Kind, s: Standout): Sentence {
  const areas = s.apart.length === s.judged ? "every area" : `most areas (${s.apart.length} of ${s.judged})`;
  if (s.side === "both")
    return [
      { leader: s.leader },
      ` sees ${areas} very differently from the rest of the team, far lower in some and far higher in others.`,
    ];
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const theirs = scoreText(kind, mean(s.apart.map((a) => a.value)));
  const team = scoreText(kind, mean(s.apart.map((a) => a.area.median)));
  return [
    { leader: s.leader },
    ` sees ${areas} ${FAR[s.side]} than the rest of the team: ${theirs} on average, where the team's median is ${team}.`,
  ];
}

/** A summary claim as the facilitator reads it. */
export function claimSentence(kind: Kind, claim: TeamClaim): Sentence {
  const far = distanceText(kind, FAR_APART[kind]);
  switch (claim.rule) {
    case "one-leader":
      return [
        `Only one leader has answered, so there is no spread to read yet: from ${MIN_LEADERS_FOR_MEDIAN} leaders on, this says whether they agree.`,
      ];
    case "two-leaders": {
      const areas = claim.apart.map((a) => [a.area.name]);
      const apart = areas.length > 0 ? [` They are ${far} or more apart in `, ...listOf(areas), "."] : [];
      return ["Only two leaders have answered: too few to say whether the team agrees.", ...apart];
    }
    case "too-few-per-area":
      return [`No area was scored by ${MIN_LEADERS_FOR_MEDIAN} leaders or more, so there is no spread to read yet.`];
    case "stands-out":
      return standoutSentence(kind, claim);
    case "more-stand-out":
      return [
        `${countOf(claim.leaders.length, "more leader sees", "more leaders see")} most areas far from the rest of the team; the grid marks where.`,
      ];
    case "two-camps":
      return [`In ${claim.area.name} the team splits into two camps: ${campsText(kind, claim.camps)}.`];
    case "far-from-median": {
      const median = scoreText(kind, claim.area.median);
      if (claim.counted) {
        const { who, sides } = apartCount(claim.apart, claim.area.count);
        return [`In ${claim.area.name}, ${who} sit ${far} or more from the team's median of ${median}: ${sides}.`];
      }
      return [
        `In ${claim.area.name}, `,
        ...apartList(kind, claim.named),
        ` than the rest; the team's median is ${median}.`,
      ];
    }
    case "middle-half-apart":
      return [
        `In ${claim.area.name} the middle half of the team spans ${spanText(kind, claim.q1, claim.q3)}, ${far} or more: leaders see it differently, which is worth discussing.`,
      ];
    case "broadly-agree": {
      const except =
        claim.except.length > 0
          ? [" (", ...listOf(claim.except.map((a) => [a.name])), " had too few answers to judge)"]
          : [];
      return [
        `The leaders broadly agree: in every area`,
        ...except,
        `, each of the ${claim.leaders} leaders is within ${far} of the team's median.`,
      ];
    }
    case "importance-split":
      return importanceSentence(claim);
  }
}

/** An area's claim as its note in the spread table. */
export function areaSentence(kind: Kind, claim: AreaClaim): Sentence {
  const far = distanceText(kind, FAR_APART[kind]);
  switch (claim.rule) {
    case "unscored":
      return ["No leader scored this area."];
    case "one-scored":
      return ["Only one leader scored this area."];
    case "pair":
      return [`The two leaders are ${claim.far ? `${distanceText(kind, claim.distance)} apart` : `within ${far}`}.`];
    case "two-camps":
      return [`Two camps: ${campsText(kind, claim.camps)}.`];
    case "far-from-median": {
      const median = scoreText(kind, claim.area.median);
      if (claim.counted) {
        const { who, sides } = apartCount(claim.apart, claim.area.count);
        return [`${who} sit ${far} or more from the median (${median}): ${sides}.`];
      }
      const already = claim.apart.length - claim.named.length;
      const also = already > 0 ? [`; also ${countOf(already, "leader", "leaders")} named above`] : [];
      return [...apartList(kind, claim.named), ...also, "."];
    }
    case "middle-half-apart": {
      const also =
        claim.standouts.length > 0 ? ` Also ${countOf(claim.standouts.length, "leader", "leaders")} named above.` : "";
      return [`The middle half is ${far} or more apart: leaders disagree.${also}`];
    }
    case "within": {
      const median = scoreText(kind, claim.area.median);
      if (claim.standouts.length > 0)
        return [
          `Within ${far} of the median (${median}), but for ${countOf(claim.standouts.length, "leader", "leaders")} named above.`,
        ];
      return [`Everyone is within ${far} of the median (${median}).`];
    }
  }
}

/** The findings of a questionnaire's claims: each claim with its sentence. */
export function findingsOf(q: QuestionnaireAggregate, claims: QuestionnaireClaims): Findings {
  return {
    questionnaireId: q.questionnaireId,
    title: q.title,
    kind: q.kind,
    summary: [...claims.summary, ...claims.importance].map((claim) => ({
      claim,
      sentence: claimSentence(q.kind, claim),
    })),
    areas: claims.areas.map((a) => ({ id: a.id, name: a.name, claim: a.claim, note: areaSentence(q.kind, a.claim) })),
  };
}

/** What the team's spread says, per questionnaire (lib/team/claims.ts has the rules). */
export function teamFindings(q: QuestionnaireAggregate, leaders: readonly Leader[]): Findings {
  return findingsOf(q, questionnaireClaims(q, leaders));
}
