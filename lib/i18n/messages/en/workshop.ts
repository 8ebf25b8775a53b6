import { plural } from "../plural";

/**
 * The workshop around the team view: present mode's slides (lib/workshop/slides.ts), their
 * evidence pictures (lib/workshop/evidence.ts) and present mode's controls.
 */
export const workshop = {
  slideTitle: "The team's view",
  slideSubtitle: "{leaders} · {date}",
  slidePart: "{title} ({n} of {of})",
  slideFindings: "What the answers say: {title}",
  slideSpread: "The spread per area: {title}",
  slideGrid: "Who sees what",
  slideGridOf: "Who sees what: {title}",
  slideTooMany: plural({
    one: "{n} leader is too many to show one by one on a slide. The spread per area shows every one of them; the grid is in the team view.",
    other:
      "{n} leaders are too many to show one by one on a slide. The spread per area shows every one of them; the grid is in the team view.",
  }),
  slideDisputed: "Where leaders disagree most",
  slideRecommendations: "What the team could do next",
  slideActions: "Actions agreed",
  action: "Action",
  owner: "Owner",
  due: "Due",

  presentMode: "Present mode",
  presentation: "Presentation",
  previous: "← Previous",
  next: "Next →",
  position: "{n} of {of}",
  showNames: "Show names",
  leave: "Leave (Esc)",
  letterName: "Leader {letter}",

  evidenceEach: "Each dot is a leader; the line is the team's median, the shaded stretch within {far} of it",
  evidenceCamps: "{each}. The two camps are {distance} apart.",
  evidenceFar: "{each}. Marked dots sit {far} or more from the median.",
  evidenceStandsOut: "{each}. The marked dot sits {far} or more from the median.",
  evidenceMiddle: "{each}. The outlined band is the middle half of the team.",
  evidenceAgree: "{each}: every dot is inside it.",
  campLabel: "{n} at {span}",
  marks: { low: "far lower", high: "far higher", "camp-low": "lower camp", "camp-high": "higher camp" },
  dotCount: "{n} leaders at {value}{mark}",
  dotLeader: "{name} {value}{mark}",
  dotMark: " ({mark})",
  evidenceArea: "Area",
  evidenceMedian: "Median",
  evidenceEachLeader: "Each leader",

  // The team over time (lib/team/over-time.ts).
  overTimeTitle: "The team over time",
  earlierLabel: "An earlier team link, such as last year’s",
  compare: "Compare with this team",
  noEarlierLinks: "No result links were found in the earlier team link.",
  agreedLastTime: "Agreed last time",
  agreedBy: "by {due}",
  then: "Then: mean (spread)",
  now: "Now: mean (spread)",
  changeInMean: "Change in mean",
  changeInSpread: "Change in spread",
  nothingInCommon: "The two teams took no assessment in common, so there is nothing to compare.",
  areaAt: "{mean} (middle half {iqr} wide)",
  agreeMore: "{change} (agree more)",
  agreeLess: "{change} (agree less)",
  changeCaption: "{title}: then {before}, now {after}; overall {from} → {to} ({change})",
};

export type WorkshopMessages = typeof workshop;
