import { plural } from "../plural";

/**
 * What pages written in code say: their titles and descriptions (metadata), and the words around
 * their content that no content file holds (the home page's, the library's, the sources').
 */
export const pages = {
  meta: {
    siteTitle: "{site}: how customer-centric is your organisation?",
    journey: {
      title: "The journey: six stages to customer-centricity",
      description:
        "Graham Hill's six stages from product-centric to customer-centric, the areas the assessment looks at, and articles on each.",
    },
    blunders: {
      title: "The five service blunders",
      description:
        "Paul Levesque's five customer-service blunders, the better alternative to each, and articles that go deeper.",
    },
    articles: {
      title: "Articles",
      description:
        "Curated articles on customer-centricity: the six stages, the five service blunders, NPS, internal customers and more.",
    },
    tag: { title: "Articles on {tag}", description: "Articles from the Outside-In library on {tag}." },
    articleImageAlt: "{title}: an article in the Outside-In library",
    results: {
      title: "Your results",
      description: "Your customer-centricity result, computed in your browser from the link.",
    },
    compare: {
      title: "Compare two results",
      description: "Compare an earlier and a later result: what moved, by how much, and what cannot be compared.",
    },
    team: {
      title: "Team view",
      description: "Combine many leaders' result links: the team's mean, the spread, and where leaders disagree.",
    },
    join: {
      title: "Your invitation",
      description: "A facilitator invites you to give your view of your team's customer-centricity, privately.",
    },
    scoring: {
      title: "How scoring works",
      description:
        "The model behind Outside-In, how answers become stages and scores, and the limits of a self-assessment.",
    },
    sources: {
      title: "Sources",
      description:
        "Every source the Outside-In library cites, once each, with the articles and recommendations that cite it.",
    },
    feedTitle: "{site} articles",
    feedSubtitle:
      "Articles on customer-centricity: the six stages, the five service blunders and the ideas behind them.",
  },
  results: {
    noscript: "Results are computed in your browser, so this page needs JavaScript.",
    whatNow: "What now? {guide} says how to read this report, share it or keep it private, and retake it next year.",
    guideLink: "The guide",
  },
  compare: {
    lead: "Paste an earlier and a later result link, for example from this year and last year. Both are read in your browser.",
  },
  team: {
    lead: "Ask each leader for their result link and paste them here, one per line. Where leaders disagree is itself a finding. Everything is read in your browser; nothing is uploaded.",
    firstTime: "Running a workshop for the first time? {guide}, from the invitation to the printed pack.",
    guideLink: "The guide walks through it step by step",
  },
  home: {
    title: "How customer-centric is your organisation, really?",
    lead: "Answer questions about what actually happens in your organisation, not what it intends. You get a radar of where you stand on the journey from product-centric to customer-centric, your overall stage, and the next step for your weakest areas.",
    start: "Start the assessment",
    questions: plural({ one: "{n} question", other: "{n} questions" }),
    noSignUp: "no sign-up",
    twoAssessments: "Two assessments",
    withTeam: "With your leadership team",
    /** The paragraph around two links: {team} and {guide} are the links' places. */
    teamText:
      "Invite your fellow leaders from the {team}, see where their answers agree and where they differ, and run the workshop from the site. {guide} walks leaders and consultants through every step.",
    teamLink: "Team view",
    guideLink: "How to use Outside-In",
    /** The time a questionnaire takes, as lib/questionnaire/timing.ts estimates it. */
    estimate: "about {minutes}, reading carefully at {pace} words a minute",
    minutes: plural({ one: "{n} minute", other: "{n} minutes" }),
    /** An assessment's card: "24 questions across 7 areas". */
    across: "{questions} across {areas}",
    areas: plural({ one: "{n} area", other: "{n} areas" }),
    startOne: "Start",
    factsLabel: "What to expect",
    facts: [
      {
        title: "Your answers stay in your browser",
        text: "Scoring happens on your device. Nothing is sent to a server, not even when a facilitator invites you, and there is no account, tracking or analytics.",
      },
      {
        title: "Share a result as a link",
        text: "The result lives in the link itself. Send it to colleagues, or keep it to compare with next year.",
      },
      {
        title: "Pause and come back",
        text: "Progress is saved in this browser as you go, so you can close the tab and resume later.",
      },
    ],
  },
};

export type PagesMessages = typeof pages;
