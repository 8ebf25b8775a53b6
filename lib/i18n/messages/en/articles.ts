import { plural } from "../plural";

/** The article library's interface: the list, its filters, an article's frame, the sources page. */
export const articles = {
  lead: "The ideas behind the assessments, in our own words and with their sources. Each article ends with what to do on Monday.",
  searchLabel: "Search articles",
  /** {feed} is the link, named by feedLink. */
  feed: "New articles arrive in {feed} (Atom), for any feed reader.",
  feedLink: "the library's feed",
  filterLabel: "Filter by tag",
  allArticles: "All articles",
  /** Heard after a tag's count by screen readers: "Loyalty 2 articles". */
  countWord: plural({ one: "article", other: "articles" }),
  /** The list's status line: "17 articles", "3 articles tagged “NPS”". */
  count: plural({ one: "{n} article", other: "{n} articles" }),
  tagged: "{articles} tagged “{tag}”",
  /** The list's status once a search starts ({scope} is count or tagged, filled). */
  status: {
    loading: "Loading the search…",
    failed: "Search could not load, so all {scope} are listed.",
    matches: "{shown} of {scope} match “{query}”",
    noMatch: "No article matches “{query}”. Try fewer or shorter words.",
    noMatchTagged: "No article tagged “{tag}” matches “{query}”. Try fewer or shorter words.",
  },
  minRead: "{n} min read",
  tagsLabel: "Tags",
  kicker: "Articles",
  /** {editors} is the link to the About page. */
  by: "By {editors}",
  updated: "updated {date}",
  onThisPage: "On this page",
  /** The "#" link beside a heading, for screen readers: {heading} is the heading's text. */
  anchor: "Link to this section: {heading}",
  /** The components authors place in an article's MDX (components/mdx/). */
  mdx: {
    /** Read out after the stage a stage diagram marks (it is shown by colour). */
    marked: " (highlighted)",
    takeaways: "Key takeaways",
    comparison: { label: "Blunder and alternative", blunder: "The blunder", alternative: "The flashpoint alternative" },
    take: {
      heading: "Where does your organisation stand?",
      /** {summary} is the assessment's own summary. */
      facts: "{summary} {questions}, about {minutes}, and your answers stay in your browser.",
      questions: plural({ one: "{n} question", other: "{n} questions" }),
      minutes: plural({ one: "{n} minute", other: "{n} minutes" }),
      start: "Take the {title}",
      /** A leading article the button drops from the assessment's title ("The "); "" keeps it whole. */
      dropFromTitle: "The ",
    },
  },
  whereShowsUp: "Where this shows up in the assessments",
  /** {area} and {assessment} are the area's name and the link to the assessment. */
  areaIn: "{area} in {assessment}",
  sources: "Sources",
  sourcesNote: "Every source the library cites, and what cites it, is listed in {sources}.",
  related: "Related articles",
  moreArticles: "More articles",
  newer: "Newer",
  older: "Older",
  sourcesPage: {
    lead: "Every work the articles, the blunders recommendations and the journey plan draw on, named once, with what cites it. Where a page gives no date, the entry says n.d. (no date); where an original could not be found, the entry is the page that quoted it, and says so.",
    citedBy: "Cited by:",
    /** A blunders recommendation that cites the source: {area} is the blunder, {band} one of bands. */
    recommendation: "Blunders recommendation, {area} ({band}): “{title}”",
    /** A plan step that cites the source: {from} and {to} are its stages' numbers. */
    step: "Journey plan step, {area}, stage {from} to {to}: “{title}”",
    /** A recommendation's band, as its entry names it. */
    bands: { high: "high", watch: "watch", healthy: "healthy" },
  },
};

export type ArticlesMessages = typeof articles;
