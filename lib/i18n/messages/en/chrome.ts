/**
 * What surrounds every page: the header, the footer, the language switch and its offer, the
 * notice on a translation not finished yet, and the page that is not found.
 */
export const chrome = {
  skipLink: "Skip to content",
  mainNav: "Main",
  moreNav: "More",
  nav: {
    journey: { label: "The journey", short: "Journey" },
    blunders: { label: "The five blunders", short: "Blunders" },
    articles: { label: "Articles", short: "Articles" },
    scoring: { label: "How scoring works", short: "Scoring" },
  },
  footer: {
    guide: "How to use Outside-In",
    team: "Team view",
    compare: "Compare two results",
    about: "About the library",
    sources: "Sources",
    feed: "Articles feed",
    credit: "Built on Graham Hill's six stages of customer-centricity and Paul Levesque's five service blunders.",
  },
  /** The language switch's name, for screen readers. */
  languages: "Language",
  /** Shown on every page of a language that does not ship yet. */
  preview: "This translation is not finished yet. Some words may still change, and search engines do not list it.",
  /** The first-visit offer, in the offered language: "This page is also in German." */
  offer: "This page is also in English.",
  offerSwitch: "Read in English",
  /** The other button of the offer, in the page's language. */
  offerStay: "Stay in English",
  /** Marks an article of the library that is shown in English on a translated page. */
  inEnglish: "in English",
  /** A page shown in English on a translated site, while its translation is not written. */
  untranslated: "This page is not translated yet, so it is shown in English.",
  /** The page on how each language was translated and how far it is checked (/translations/): its link in the footer and in a preview's notice. */
  translations: { footer: "Translations", notice: "How the translations were made" },
  notFound: {
    title: "Page not found",
    lead: "There is no page at this address. It may have moved, or the link may be mistyped.",
    home: "Go to the home page",
    journey: "Take the journey assessment",
  },
};

export type ChromeMessages = typeof chrome;
