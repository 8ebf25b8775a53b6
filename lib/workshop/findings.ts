import { fill } from "../i18n/format";
import { FAR_APART, MIN_LEADERS_FOR_MEDIAN } from "../scoring/thresholds";
import {
  questionnaireClaims,
  type AreaClaim,
  type QuestionnaireClaims,
  type Standout,
  type TeamClaim,
} from "../team/claims";
import type { Apart, Camp } from "../team/score-spread";
import type { Leader } from "../team/people";
import type { TeamText } from "../team/text";
import type { QuestionnaireAggregate } from "../team/types";
import { importanceSentence } from "./importance-sentence";
import { countIn, distanceIn, listOf, scoreText, sentenceOf, spanText, type Sentence } from "./sentence";

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

/** Leaders apart, counted instead of named: "795 leaders (16%)" and "400 far lower, 395 far higher". */
function apartCount(text: TeamText, apart: readonly Apart[], of: number): { who: string; sides: string } {
  const low = apart.filter((a) => a.side === "low").length;
  const share = Math.round((apart.length / of) * 100);
  return {
    who: fill(text.team.apartWho, { leaders: countIn(text, apart.length, text.team.leaders), share }),
    sides: fill(text.team.apartSides, { low, high: apart.length - low }),
  };
}

const apartList = (text: TeamText, kind: Kind, apart: readonly Apart[]): Sentence =>
  listOf(
    apart.map((a) =>
      sentenceOf(a.side === "low" ? text.team.farLower : text.team.farHigher, {
        leader: [{ leader: a.leader }],
        score: scoreText(kind, a.value, text.locale),
      }),
    ),
    text.team,
  );

const campsText = (text: TeamText, kind: Kind, [low, high]: readonly [Camp, Camp]): string => {
  const group = (c: Camp) =>
    fill(text.team.campGroup, {
      leaders: countIn(text, c.leaders.length, text.team.leaders),
      span: spanText(kind, c.min, c.max, text.locale),
    });
  return fill(text.team.camps, {
    low: group(low),
    high: group(high),
    distance: distanceIn(text, kind, high.min - low.max),
  });
};

function standoutSentence(text: TeamText, kind: Kind, s: Standout): Sentence {
  const areas =
    s.apart.length === s.judged ? text.team.everyArea : fill(text.team.mostAreas, { n: s.apart.length, of: s.judged });
  const leader = [{ leader: s.leader }];
  if (s.side === "both") return sentenceOf(text.team.standsOutBoth, { leader, areas });
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return sentenceOf(s.side === "low" ? text.team.standsOutLow : text.team.standsOutHigh, {
    leader,
    areas,
    theirs: scoreText(kind, mean(s.apart.map((a) => a.value)), text.locale),
    team: scoreText(kind, mean(s.apart.map((a) => a.area.median)), text.locale),
  });
}

/** A summary claim as the facilitator reads it, in the team view's language. */
export function claimSentence(text: TeamText, kind: Kind, claim: TeamClaim): Sentence {
  const t = text.team;
  const far = distanceIn(text, kind, FAR_APART[kind]);
  switch (claim.rule) {
    case "one-leader":
      return [fill(t.oneLeader, { min: MIN_LEADERS_FOR_MEDIAN })];
    case "two-leaders": {
      const areas = claim.apart.map((a) => [a.area.name]);
      const apart = areas.length > 0 ? sentenceOf(t.twoLeadersApart, { far, areas: listOf(areas, t) }) : [];
      return sentenceOf(`${t.twoLeaders}{apart}`, { apart });
    }
    case "too-few-per-area":
      return [fill(t.tooFewPerArea, { min: MIN_LEADERS_FOR_MEDIAN })];
    case "stands-out":
      return standoutSentence(text, kind, claim);
    case "more-stand-out":
      return [countIn(text, claim.leaders.length, t.moreStandOut)];
    case "two-camps":
      return [fill(t.twoCamps, { area: claim.area.name, camps: campsText(text, kind, claim.camps) })];
    case "far-from-median": {
      const median = scoreText(kind, claim.area.median, text.locale);
      if (claim.counted) {
        const { who, sides } = apartCount(text, claim.apart, claim.area.count);
        return [fill(t.farCounted, { area: claim.area.name, who, far, median, sides })];
      }
      return sentenceOf(t.farNamed, { area: claim.area.name, named: apartList(text, kind, claim.named), median });
    }
    case "middle-half-apart":
      return [
        fill(t.middleHalfApart, { area: claim.area.name, span: spanText(kind, claim.q1, claim.q3, text.locale), far }),
      ];
    case "broadly-agree": {
      const except =
        claim.except.length > 0
          ? sentenceOf(t.broadlyAgreeExcept, {
              areas: listOf(
                claim.except.map((a) => [a.name]),
                t,
              ),
            })
          : [];
      return sentenceOf(t.broadlyAgree, { except, n: claim.leaders, far });
    }
    case "importance-split":
      return importanceSentence(text, claim);
  }
}

/** An area's claim as its note in the spread table. */
export function areaSentence(text: TeamText, kind: Kind, claim: AreaClaim): Sentence {
  const t = text.team;
  const far = distanceIn(text, kind, FAR_APART[kind]);
  const named = (n: number) => countIn(text, n, t.leaders);
  switch (claim.rule) {
    case "unscored":
      return [t.areaUnscored];
    case "one-scored":
      return [t.areaOneScored];
    case "pair":
      return [
        claim.far
          ? fill(t.areaPairApart, { distance: distanceIn(text, kind, claim.distance) })
          : fill(t.areaPairWithin, { far }),
      ];
    case "two-camps":
      return [fill(t.areaTwoCamps, { camps: campsText(text, kind, claim.camps) })];
    case "far-from-median": {
      const median = scoreText(kind, claim.area.median, text.locale);
      if (claim.counted) {
        const { who, sides } = apartCount(text, claim.apart, claim.area.count);
        return [fill(t.areaFarCounted, { who, far, median, sides })];
      }
      const already = claim.apart.length - claim.named.length;
      const also = already > 0 ? fill(t.areaFarAlso, { leaders: named(already) }) : "";
      return sentenceOf(t.areaFarNamed, { named: apartList(text, kind, claim.named), also });
    }
    case "middle-half-apart": {
      const also =
        claim.standouts.length > 0 ? fill(t.areaMiddleHalfAlso, { leaders: named(claim.standouts.length) }) : "";
      return [fill(t.areaMiddleHalf, { far, also })];
    }
    case "within": {
      const median = scoreText(kind, claim.area.median, text.locale);
      if (claim.standouts.length > 0)
        return [fill(t.areaWithinBut, { far, median, leaders: named(claim.standouts.length) })];
      return [fill(t.areaWithin, { far, median })];
    }
  }
}

/** The findings of a questionnaire's claims: each claim with its sentence. */
export function findingsOf(text: TeamText, q: QuestionnaireAggregate, claims: QuestionnaireClaims): Findings {
  return {
    questionnaireId: q.questionnaireId,
    title: q.title,
    kind: q.kind,
    summary: [...claims.summary, ...claims.importance].map((claim) => ({
      claim,
      sentence: claimSentence(text, q.kind, claim),
    })),
    areas: claims.areas.map((a) => ({
      id: a.id,
      name: a.name,
      claim: a.claim,
      note: areaSentence(text, q.kind, a.claim),
    })),
  };
}

/** What the team's spread says, per questionnaire (lib/team/claims.ts has the rules). */
export function teamFindings(q: QuestionnaireAggregate, leaders: readonly Leader[], text: TeamText): Findings {
  return findingsOf(text, q, questionnaireClaims(q, leaders));
}
