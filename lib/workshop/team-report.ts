import type { DiscussionPrompt } from "../content/assessments/prompts-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { formatStageScore } from "../results/format";
import { RISK_BAND_LABELS } from "../scoring/agreement";
import { countOf } from "../shared/plural";
import { promptFor, stageLabel, type TeamContent } from "../team/content";
import { leaderGrid, type LeaderGrid } from "../team/grid";
import { leaderName } from "../team/leaders";
import { mostDisputed, type QuestionSpread } from "../team/questions";
import { teamRecommendations, type TeamRecommendation } from "../team/recommend";
import type { QuestionnaireAggregate, TeamAggregate } from "../team/types";
import { teamFindings, type Findings } from "./findings";
import { scoreText, spanText } from "./sentence";
import { spreadChart, type SpreadChart } from "./spread-chart";
import { teamImportanceOf, type TeamImportanceModel } from "./team-importance";

/** The team's overall on one questionnaire, as the page writes it. */
export type OverallLine = { questionnaireId: string; title: string; headline: string; detail: string };

/** A note a leader left on a disputed question: `leader` is their index in the report's names. */
export type LeaderNote = { leader: number; text: string };

/**
 * One disputed question with what to ask the room about it. Prompts are written per area
 * (content/team/prompts.yaml), so the first disputed question of an area carries its prompt and
 * a later one of the same area points back to it (`sameAreaAs`, its position from 1): no two
 * questions, on the page or on the slides, repeat one prompt.
 */
export type DisputedQuestion = {
  question: QuestionSpread;
  prompt?: DiscussionPrompt;
  sameAreaAs?: { at: number; text: string };
  /** The notes leaders left on it in their links (added after the report: see disputed-notes.ts). */
  notes?: LeaderNote[];
};

/** The disputed questions, each area's prompt given once, with its first question. */
export function withPrompts(questions: readonly QuestionSpread[], content: TeamContent): DisputedQuestion[] {
  const first = new Map<string, number>();
  return questions.map((question, i) => {
    const area = `${question.questionnaireId}/${question.dimension}`;
    const earlier = first.get(area);
    if (earlier !== undefined) {
      const at = earlier + 1;
      // Its own number in the text, so two questions pointing back to one never read the same.
      const text = `Questions ${at} and ${i + 1} are both about ${question.dimensionName}: the prompt with question ${at} covers this one too.`;
      return { question, sameAreaAs: { at, text } };
    }
    first.set(area, i);
    const prompt = promptFor(content, question.questionnaireId, question.dimension);
    return prompt ? { question, prompt } : { question };
  });
}

/** A recommendation with the line that says where the team stands, and its reading. */
export type RecommendationItem = TeamRecommendation & { where: string; reading: { slug: string; title: string }[] };

/** One row of a questionnaire's spread table. */
export type SpreadTableRow = {
  id: string;
  name: string;
  mean: string;
  range: string;
  middle: string;
};

export type SpreadSectionModel = {
  questionnaireId: string;
  title: string;
  heading: string;
  versionsNote: string | null;
  rows: SpreadTableRow[];
  chart: SpreadChart;
};

/**
 * Everything the team view shows, as data: the components only render it. Built once per
 * reading (in the Web Worker when there is one), so a team of 5,000 leaders is computed off
 * the page's main thread.
 */
export type TeamReportModel = {
  status: string;
  paired: string | null;
  /** Each leader's name as the facilitator sees it, by leader index. */
  names: string[];
  overall: OverallLine[];
  findings: Findings[];
  grid: LeaderGrid;
  gridTitles: Record<string, string>;
  /** Null when there is no one to disagree with. */
  questions: DisputedQuestion[] | null;
  recommendations: RecommendationItem[];
  spreads: SpreadSectionModel[];
  /** How much each journey area matters to the leaders; null when none marked any. */
  importance: TeamImportanceModel | null;
};

function overallLine(q: QuestionnaireAggregate, content: TeamContent): OverallLine {
  const { overall } = q;
  const of = countOf(overall.leaders, "leader", "leaders");
  const base = { questionnaireId: q.questionnaireId, title: q.title };
  if (overall.mean === null) return { ...base, headline: "Too few answers for an overall", detail: "" };
  if (overall.kind === "stages")
    return {
      ...base,
      headline: `Stage ${overall.stage === null ? "–" : stageLabel(content, overall.stage)}`,
      detail: `team mean ${formatStageScore(overall.mean)} of ${of}`,
    };
  const band = overall.band ? `: ${RISK_BAND_LABELS[overall.band]}` : "";
  return {
    ...base,
    headline: `${Math.round(overall.mean)} / 100${band}`,
    detail: `blunders avoided, team mean of ${of}`,
  };
}

function where(r: TeamRecommendation): string {
  return r.kind === "journey"
    ? `team mean ${formatStageScore(r.mean)}: from stage ${r.from} to ${r.to}`
    : `team mean ${Math.round(r.mean)} / 100: ${RISK_BAND_LABELS[r.band]}`;
}

function spreadSection(q: QuestionnaireAggregate, team: TeamAggregate): SpreadSectionModel {
  const fmt = (v: number | null) => (v === null ? "–" : scoreText(q.kind, v));
  return {
    questionnaireId: q.questionnaireId,
    title: q.title,
    heading: `${q.title}: ${countOf(q.respondents, "respondent", "respondents")}`,
    versionsNote:
      q.versions.length > 1
        ? `These results span versions ${q.versions.join(" and ")}; areas are compared where they exist.`
        : null,
    rows: q.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      mean: fmt(d.mean),
      range: d.min === null || d.max === null ? "–" : spanText(q.kind, d.min, d.max),
      middle: d.q1 === null || d.q3 === null ? "–" : spanText(q.kind, d.q1, d.q3),
    })),
    chart: spreadChart(q, team.leaders),
  };
}

export function buildTeamReport(team: TeamAggregate, catalogue: Catalogue, content: TeamContent): TeamReportModel {
  const skipped = team.problems.length > 0 ? `, ${countOf(team.problems.length, "line", "lines")} skipped` : "";
  const mail =
    team.mail.length > 0
      ? `, ${countOf(team.mail.length, "line", "lines")} of mail (headers, quoted text, signatures) left aside`
      : "";
  const merged = team.respondents.length - team.leaders.length;
  const importance = teamImportanceOf(team, content.importancePrompt);
  return {
    status: `${countOf(team.respondents.length, "result", "results")} read${skipped}${mail}.`,
    paired:
      merged > 0
        ? `${countOf(merged, "leader", "leaders")} sent their two assessments as separate links with the same role and organisation; each is counted as one leader.`
        : null,
    names: team.leaders.map(leaderName),
    overall: team.byQuestionnaire.map((q) => overallLine(q, content)),
    findings: team.byQuestionnaire.map((q) => teamFindings(q, team.leaders)),
    grid: leaderGrid(team.leaders, team.byQuestionnaire),
    gridTitles: Object.fromEntries(team.byQuestionnaire.map((q) => [q.questionnaireId, q.title])),
    questions: team.leaders.length > 1 ? withPrompts(mostDisputed(team.questions), content) : null,
    recommendations: teamRecommendations(team.byQuestionnaire, content.advice, catalogue, importance.importance).map(
      (r) => ({
        ...r,
        where: where(r),
        reading: r.articles.map((slug) => ({ slug, title: content.articleTitles[slug] ?? slug })),
      }),
    ),
    spreads: team.byQuestionnaire.map((q) => spreadSection(q, team)),
    importance: importance.model,
  };
}
