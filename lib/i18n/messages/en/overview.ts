/** The journey and blunders overview pages' own words (their stages, areas and blunders come from content/). */
export const overview = {
  journey: {
    title: "The journey from product-centric to customer-centric",
    lead: "Organisations rarely jump from product silos to being run around their customers. They pass through six stages, and each one puts a more formal arrangement around the people who deliver for a customer.",
    start: "Take the journey assessment",
    stagesTitle: "The six stages",
    stage: "Stage {n}",
    teachesTitle: "What the model teaches",
    teaches: {
      promise: "Keep the promise you make to customers in view: every stage exists to deliver it together.",
      named: "Where people do not cooperate by habit, a named person with formal responsibility can make them.",
      accountability: "Accountability for the customer is what lets an organisation move from one stage to the next.",
      next: "Knowing your current stage and the next one is more useful than fixing your eyes on the last.",
    },
    areasTitle: "The {n} areas the assessment looks at",
    areasLead:
      "The assessment places each area on the six stages separately, because organisations move unevenly: structure may be at stage 4 while measurement is still at stage 2.",
    findStage: "Find your stage",
  },
  blunders: {
    title: "The five service blunders",
    lead: "Five habits that well-meaning organisations fall into when service disappoints. Each feels like the responsible thing to do, and each has a better alternative.",
    credit:
      "The blunders and their “flashpoint” alternatives come from Paul Levesque's book {book}. The descriptions here are in our own words.",
    start: "Take the blunders check",
    looksLike: "What it looks like",
    alternative: "The flashpoint alternative",
    competenceTitle: "One competence, not five fixes",
    competence:
      "Avoiding the blunders is not a job for the service department alone. Levesque treats customer focus as a competence of the whole organisation, in which leadership, processes and people all point the same way. A blunder in one of them tends to undo good work in the others.",
    checkAgain: "Check your organisation for the blunders",
  },
  start: {
    facts: "{questions} · {estimate} · answers stay in your browser",
    questions: "{n} questions",
  },
  articles: {
    readMore: "Read more",
    on: "Articles on {tag}",
    all: "All {n} articles on {tag}",
  },
};

export type OverviewMessages = typeof overview;
