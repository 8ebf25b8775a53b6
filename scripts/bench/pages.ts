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
};

/** The article every run measures: the founding one, with a diagram and the longest body. */
export const BENCH_ARTICLE = "six-stages-to-customer-centricity";

/**
 * The pages issue 6 asks for, in the order a visitor meets them. Add a page here and every
 * measurement and budget applies to it.
 */
export function benchPages(links: { both: string; team: string }): BenchPage[] {
  return [
    { name: "home", path: "/", charts: false },
    { name: "article", path: `/articles/${BENCH_ARTICLE}/`, charts: false },
    { name: "assess journey", path: "/assess/journey/", charts: false },
    {
      name: "results (both)",
      path: "/results/",
      fragment: links.both,
      charts: true,
    },
    // The team view draws its spread as plain SVG, without recharts: a page of the plain kind.
    { name: "team (50 links)", path: "/team/", fragment: links.team, charts: false, ready: "#leader-grid-caption" },
  ];
}

/** The address of a page on a served site, fragment included. */
export function pageUrl(origin: string, page: BenchPage): string {
  return `${origin}${page.path}${page.fragment ? `#${page.fragment}` : ""}`;
}
