import type { DiscussionPrompt } from "../content/assessments/prompts-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { fill } from "../i18n/format";
import { promptFor, stageLabel, type TeamContent } from "../team/content";
import { leaderGrid, type LeaderGrid } from "../team/grid";
import { leaderNameAs } from "../team/leaders";
import { mostDisputed, type QuestionSpread } from "../team/questions";
import { teamRecommendations, type TeamRecommendation } from "../team/recommend";
import type { TeamText } from "../team/text";
import type { QuestionnaireAggregate, TeamAggregate } from "../team/types";
import { teamFindings, type Findings } from "./findings";
import { countIn, scoreText, spanText } from "./sentence";
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
export function withPrompts(
  questions: readonly QuestionSpread[],
  content: TeamContent,
  text: TeamText,
): DisputedQuestion[] {
  const first = new Map<string, number>();
  return questions.map((question, i) => {
    const area = `${question.questionnaireId}/${question.dimension}`;
    const earlier = first.get(area);
    if (earlier !== undefined) {
      const at = earlier + 1;
      // Its own number in the text, so two questions pointing back to one never read the same.
      const said = fill(text.team.sameAreaAs, { at, n: i + 1, area: question.dimensionName });
      return { question, sameAreaAs: { at, text: said } };
    }
    first.set(area, i);
    const prompt = promptFor(content, question.questionnaireId, question.dimension);
    return prompt ? { question, prompt } : { question };
  });
}

/** A recommendation with the line that says where the team stands, and its reading. */
/** An article to read; `inEnglish` when the language has not translated it, so it opens in English. */
export type Reading = { slug: string; title: string; inEnglish?: boolean };

export type RecommendationItem = TeamRecommendation & { where: string; reading: Reading[] };

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

function overallLine(q: QuestionnaireAggregate, content: TeamContent, text: TeamText): OverallLine {
  const t = text.team;
  const { overall } = q;
  const of = countIn(text, overall.leaders, t.leaders);
  const base = { questionnaireId: q.questionnaireId, title: q.title };
  if (overall.mean === null) return { ...base, headline: t.tooFewForOverall, detail: "" };
  if (overall.kind === "stages")
    return {
      ...base,
      headline: fill(t.stageHeadline, {
        stage: overall.stage === null ? "–" : stageLabel(content, overall.stage),
      }),
      detail: fill(t.stageDetail, { mean: scoreText("stages", overall.mean, text.locale), leaders: of }),
    };
  const score = fill(t.pointsOf100, { score: scoreText("agreement", overall.mean, text.locale) });
  return {
    ...base,
    headline: overall.band ? fill(t.withBand, { score, band: t.bands[overall.band] }) : score,
    detail: fill(t.blundersDetail, { leaders: of }),
  };
}

function where(r: TeamRecommendation, text: TeamText): string {
  return r.kind === "journey"
    ? fill(text.team.whereStages, { mean: scoreText("stages", r.mean, text.locale), from: r.from, to: r.to })
    : fill(text.team.whereBlunders, {
        score: scoreText("agreement", r.mean, text.locale),
        band: text.team.bands[r.band],
      });
}

function spreadSection(q: QuestionnaireAggregate, team: TeamAggregate, text: TeamText): SpreadSectionModel {
  const t = text.team;
  const fmt = (v: number | null) => (v === null ? "–" : scoreText(q.kind, v, text.locale));
  const versions = q.versions.map(String).join(t.and);
  return {
    questionnaireId: q.questionnaireId,
    title: q.title,
    heading: fill(t.spreadHeading, { title: q.title, respondents: countIn(text, q.respondents, t.respondents) }),
    versionsNote: q.versions.length > 1 ? fill(t.versionsNote, { versions }) : null,
    rows: q.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      mean: fmt(d.mean),
      range: d.min === null || d.max === null ? "–" : spanText(q.kind, d.min, d.max, text.locale),
      middle: d.q1 === null || d.q3 === null ? "–" : spanText(q.kind, d.q1, d.q3, text.locale),
    })),
    chart: spreadChart(q, team.leaders, text.locale),
  };
}

/** What was read, in one line: "12 results read, 2 lines skipped." */
function statusOf(team: TeamAggregate, text: TeamText): string {
  const t = text.team;
  return fill(t.status, {
    results: countIn(text, team.respondents.length, t.resultsRead),
    skipped: team.problems.length > 0 ? countIn(text, team.problems.length, t.statusSkipped) : "",
    mail: team.mail.length > 0 ? countIn(text, team.mail.length, t.statusMail) : "",
  });
}

export function buildTeamReport(
  team: TeamAggregate,
  catalogue: Catalogue,
  content: TeamContent,
  text: TeamText,
): TeamReportModel {
  const merged = team.respondents.length - team.leaders.length;
  const importance = teamImportanceOf(team, content.importancePrompt, text);
  const names = team.leaders.map((l) => leaderNameAs(l, text.team.leaderNumbered));
  return {
    status: statusOf(team, text),
    paired: merged > 0 ? countIn(text, merged, text.team.paired) : null,
    names,
    overall: team.byQuestionnaire.map((q) => overallLine(q, content, text)),
    findings: team.byQuestionnaire.map((q) => teamFindings(q, team.leaders, text)),
    grid: leaderGrid(team.leaders, team.byQuestionnaire, names, text.locale),
    gridTitles: Object.fromEntries(team.byQuestionnaire.map((q) => [q.questionnaireId, q.title])),
    questions: team.leaders.length > 1 ? withPrompts(mostDisputed(team.questions), content, text) : null,
    recommendations: teamRecommendations(team.byQuestionnaire, content.advice, catalogue, importance.importance).map(
      (r) => ({
        ...r,
        where: where(r, text),
        reading: r.articles.map((slug) => ({
          slug,
          title: content.articleTitles[slug] ?? slug,
          ...(content.englishArticles.includes(slug) && { inEnglish: true }),
        })),
      }),
    ),
    spreads: team.byQuestionnaire.map((q) => spreadSection(q, team, text)),
    importance: importance.model,
  };
}
