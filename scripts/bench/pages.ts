/** One page the bench scores with Lighthouse and weighs in a browser. */
export type BenchPage = {
  /** Short name for tables. */
  name: string;
  /** Path under the site root, with the trailing slash static hosts expect. */
  path: string;
  /** Fragment without "#", for pages that read their data from the address. */
  fragment?: string;
  /** Chart pages get the chart budgets, and only they may load recharts. */
  charts: boolean;
  /**
   * A CSS selector for what shows the page drew its report (the team's grid, say): weighing
   * waits for it, and the bench fails if it never comes, since an empty page flatters the site.
   */
  ready?: string;
  /** The page of DORA's Quick Check a visitor meets in the same place, for --peer. */
  peer?: PeerPage;
};

/**
 * DORA's Quick Check (dora-team/dora.dev, svelte/quick-check), the nearest product to ours:
 * its entry is its first question; its results read the answers from the query, as ours read
 * them from the fragment (a middling team, answered the 2025 way).
 */
export const PEER_PAGES = {
  entry: "",
  results: "?leadtime=3&deployfreq=3&failurerecovery=4&changefailure=20&rework=10&v=2025",
} as const;
export type PeerPage = keyof typeof PEER_PAGES;

/** The address of a peer page under the URL the peer is served at. */
export const peerUrl = (base: string, page: PeerPage) => `${base}${PEER_PAGES[page]}`;

/** The article every run measures: the founding one, with a diagram and the longest body. */
export const BENCH_ARTICLE = "six-stages-to-customer-centricity";

/** The question page: the bench also answers its whole flow to time the long tasks. */
export const QUESTION_PAGE = "/assess/journey/";

/**
 * The pages the bench measures, in the order a visitor meets them. Add a page here and every
 * measurement and budget applies to it.
 */
export function benchPages(links: { both: string; team: string }): BenchPage[] {
  return [
    { name: "home", path: "/", charts: false, peer: "entry" },
    { name: "article", path: `/articles/${BENCH_ARTICLE}/`, charts: false },
    { name: "assess journey", path: QUESTION_PAGE, charts: false, peer: "entry" },
    { name: "results (both)", path: "/results/", fragment: links.both, charts: true, peer: "results" },
    // The team view draws its spread as plain SVG, without recharts: a page of the plain kind.
    { name: "team (50 links)", path: "/team/", fragment: links.team, charts: false, ready: "#leader-grid-caption" },
  ];
}

/** The address of a page on a served site, fragment included. */
export function pageUrl(origin: string, page: BenchPage): string {
  return `${origin}${page.path}${page.fragment ? `#${page.fragment}` : ""}`;
}
