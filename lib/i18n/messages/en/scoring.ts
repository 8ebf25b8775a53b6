import { plural } from "../plural";

/**
 * /how-scoring-works/: the rules in plain words. A `{term}` is the item's bold lead-in; the
 * numbers and rules come from the code that applies them (lib/report/scoring-rules.ts).
 */
export const scoring = {
  title: "How scoring works",
  lead: "Everything here happens in your browser. The rules are simple on purpose, so that you can check any result by hand.",
  journey: {
    heading: "The journey: six stages",
    evidence:
      "Each question describes something you can observe, such as who resolves a complaint that crosses two departments. Each answer option describes what that looks like at one stage, so your answer is evidence of a stage.",
  },
  answers: {
    heading: "From answers to a stage",
    areaScore: {
      term: "An area's score",
      text: "{term} is the average stage of its answered questions. With answers at stages 2, 3, 3 and 4, the score is (2 + 3 + 3 + 4) ÷ 4 = 3.0.",
    },
    dontKnow: {
      term: "“Don't know”",
      text: "{term} is left out of the average. It is an honest answer, not a zero. If you don't know, that is itself worth finding out.",
    },
    notEnough: {
      term: "Not enough answers:",
      text: "{term} an area needs at least half its questions answered with a real option. Below that, it is shown as “not enough answers” rather than as a number that would mislead.",
    },
    overall: {
      term: "The overall stage",
      text: "{term} is the average of the scored areas, rounded to the nearest stage. An exact half rounds down: 3.5 is stage 3, and 3.6 is stage 4. We round down at the half because a stage only counts once most of the evidence shows it. At least half the areas must be scored to give an overall stage.",
    },
    next: {
      term: "The next step",
      text: "{term} is the stage after yours. The recommendations target your weakest areas, since a journey is held back by its slowest part: your three priorities and your plan both go weakest first, {order}.",
    },
    matters: {
      term: "What matters to you",
      text: "{term} can change that order. Beside each area's target the report lets you mark it “{levels}”, or leave it unmarked. Once one area is marked, the priorities and the plan go {order}; with none marked, nothing changes. A chart then places each marked area in one of four quadrants ({quadrants}): {placed}.",
    },
    /** Joins the importance levels inside their quotes: “critical”, “important”. */
    levelsJoin: "”, “",
  },
  areas: {
    heading: "Each area's own stages",
    text: "Each area's answers describe that area's own practice, so an organisation can be at stage 5 in one area and stage 2 in another. Targets, the plan and the results table name an area's stages in its own words. {credit}",
    caption: "The six stages in each area",
    area: "Area",
    stage: "Stage {n}",
    detail: "What each stage looks like in {area}",
    /** "lower" writes the area's name in lower case inside `detail` (English); "as-is" keeps it. */
    areaCase: "lower",
  },
  sure: {
    heading: "How sure each figure is",
    spread:
      "An area's score is an average, and an average hides how far the answers behind it agree. Beside each area's stage the report says so: “answers span stages 2–5” when your own answers in that area point to stages from 2 to 5, or “all 4 answers at stage 3” when they agree.",
    progressHeading: "When a change counts as progress",
    progress:
      "One rule decides every change the site shows, on the compare page, in “change since last time”, on paper and in the CSV. A change in an area counts as progress or decline only if it is larger than what a single answer moving from one end of that spread to the other would make: the highest stage minus the lowest, divided by the number of answers. With answers at stages {answers} that is ({high} − {low}) ÷ {count} = {margin}, so {small}, while {large}. A change exactly that large is still within it. Of the two results, the one with the wider spread decides. The same rule applies to the blunders, on their 0 to 100 scale.",
    average:
      "The average stage is the average of the areas, so it is held to the average of their margins: if every area moved no further than its own margin, the average could not move further than that either. Rounding each figure to two decimals can add {rounding} more, so that is allowed too. With areas whose margins are {margins}, the average's margin is {mean} + {rounding} = {margin}, and a rise of {rise} is {verdict}. The blunders' overall avoidance follows the same rule, with {blundersRounding} point for rounding to whole numbers. The overall stage is the average rounded, so a step up or down counts only when the average's change does.",
    /** Joins the numbers of a worked example: "2, 3, 3, 5" (a language with decimal commas may want "; "). */
    numbersJoin: ", ",
    targets:
      "A retake keeps the targets you set. Each one is {target}; the compare page says the same of the targets set in the earlier result.",
  },
  /** The worked examples' words (lib/report/scoring-rules.ts). */
  rules: {
    below: "below {n}",
    range: "{from} to {to}",
    orMore: "{n} or more",
    move: "a move of {n} is {verdict}",
    verdicts: { progress: "progress", decline: "decline", unchanged: "unchanged", withinSpread: "“{within}”" },
    target: "reached when the later result's stage in that area is at or above it",
  },
  blunders: {
    heading: "The five blunders",
    /** {book} is the book's title, in italics. */
    intro:
      "The blunders check uses Paul Levesque's five customer-service blunders from {book}. You rate statements from “strongly disagree” to “strongly agree”. Some statements describe the blunder and others describe its better alternative, so agreeing with everything does not score well.",
    book: "Customer Service From The Inside Out Made Easy",
    answer: {
      term: "Each answer",
      text: "{term} scores 0 to 100 for how far it shows the blunder avoided. On a statement that describes the blunder, “strongly disagree” scores 100, “disagree” 75, the middle 50, “agree” 25 and “strongly agree” 0. On a statement that describes the alternative, the scale runs the other way.",
    },
    avoidance: {
      term: "A blunder's avoidance score",
      text: "{term} is the average of its answers, rounded to a whole number. The same “don't know” and “at least half answered” rules apply.",
    },
    bands: { term: "Risk bands:", band: "{range} is {label}", join: ", ", last: ", and " },
    /** A band's name inside a sentence. */
    bandsInSentence: { high: "high risk", watch: "worth watching", healthy: "healthy" },
    overall: {
      term: "The overall score",
      text: "{term} is the average of the blunders' scores, rounded, with the same bands: the report shows the overall with its own band, and says apart from it how many blunders are at high risk, naming each one.",
    },
  },
  team: {
    heading: "When several leaders answer",
    /** {median} is the word "median", in bold. */
    intro:
      "The team view compares each area's scores with the team's {median} for that area (the middle score: one leader who sees everything differently cannot move it). Every sentence it writes follows one of these rules, and the workshop pack, the slides and the spreadsheet say the same.",
    median: "median",
    far: "{stages} on the journey, or {points} on the blunders",
    leaders: plural({ one: "{n} leader", other: "{n} leaders" }),
    /** A distance on each scale: "1.5 stages", "30 points". */
    stages: plural({ one: "{n} stage", other: "{n} stages" }),
    points: plural({ one: "{n} point", other: "{n} points" }),
    farFrom: {
      term: "Far from the team:",
      text: "{term} a leader whose score is {far} or more from the area's median sits far below or far above the team. The grid marks exactly these leaders with ↓ or ↑. It takes at least {min} leaders with a score for the area: with two, the median is only the point between them.",
    },
    camps: {
      term: "Two camps:",
      text: "{term} the team splits into two camps only when the scores fall into two groups of at least {minLeaders} leaders each, each at least {share}% of the leaders who scored the area, with a gap between them of {far} or more in which nobody sits, and that gap is wider than the spread inside either group. Otherwise the team view does not call it a split.",
    },
    most: {
      term: "Far from the team in most areas:",
      text: "{term} a leader far from the median in more than half the areas where that can be judged (at least two) is named once, rather than once per area. Up to {max} leaders are named in one sentence; beyond that they are counted.",
    },
    differently: {
      term: "Seeing an area differently:",
      text: "{term} when the middle half of the team spans {far} or more, the leaders see that area differently, even with nobody far from the median.",
    },
    agree: {
      term: "Broadly agree:",
      text: "{term} said only when at least {min} leaders answered and, in every area that many of them scored, every leader is within {far} of the median, with no camps and no area seen differently. An area fewer of them scored is named as too few to judge.",
    },
    matters: {
      term: "Disagreeing on what matters:",
      text: "{term} where leaders marked how much a journey area matters, the team disagrees on it when at least {critical} marked it “{criticalLevel}” and at least {less} “{lessLevel}”. That is a finding of its own, whatever the scores say. The team's level for an area is the middle of the levels its leaders marked (the lower of the two middle ones with an even count; a leader who left it unmarked does not count), and the team's plan follows it as a leader's plan follows theirs.",
    },
  },
  limits: {
    heading: "Limits",
    items: [
      "A self-assessment measures what one person sees. Ask several leaders and compare: where they disagree is a finding in itself.",
      "The stages describe structure and accountability. A high stage does not prove customers are happy; it shows the organisation is set up to make them so.",
      "Averages hide spread. Read the table of areas and the individual answers, not only the headline.",
      "The questions are our own wording of the published models, and the thresholds are our choice. They are open for you to inspect.",
    ],
  },
  changelog: {
    heading: "What changed between versions",
    text: "A result link records the version it was made with, so an old link is always scored by the questions its respondent saw. When you retake, answers to unchanged questions carry over; new and changed ones are left for you. Comparisons across versions flag the areas whose questions changed.",
    release: "{title}, version {version}",
    changes: plural({
      one: "{n} question change, each with its reason",
      other: "{n} question changes, each with its reason",
    }),
    /** A change's kind, as the lead-in of its line. */
    kinds: { new: "New:", changed: "Changed:", removed: "Removed:" },
  },
};

export type ScoringMessages = typeof scoring;
