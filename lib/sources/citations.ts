import type { Bibliography, Source } from "./schema";

/** One thing that cites sources: an article, a recommendation or a plan step. */
export type Citer = {
  /** The content file, as error messages name it. */
  file: string;
  /** Where its citations sit in that file: "sources" for an article, "items[3].sources" for a recommendation. */
  field: string;
  /** The ids it cites, in order. */
  ids: string[];
  /** Text that must name each source it cites (a recommendation's "why"); none for articles. */
  credit?: { field: string; text: string };
  /** How /sources/ lists it. */
  label: string;
  /** Its page, if it has one. */
  href?: string;
  /** True for an article the page's language has not translated: its English title, linked to its English page. */
  inEnglish?: boolean;
};

/** The names a sentence crediting the source would use: author surnames, the organisation, the publication. */
export function creditNames(source: Source): string[] {
  const people = (source.author ?? "").split(/,| and /).map((p) => p.trim());
  const surnames = people.map((p) => p.split(/\s+/).at(-1) ?? "").filter((n) => /^\p{L}{2,}$/u.test(n));
  // A publication is named without the address that sometimes follows it in brackets.
  const where = (source.publication ?? "").replace(/\s*\(.*\)$/, "");
  return [...new Set([...surnames, ...people, source.organisation ?? "", where])].filter((n) => n.length > 1);
}

const mentions = (text: string, name: string) =>
  new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(text);

/**
 * Problems with the citations, by file: an id the bibliography lacks, a "why" that cites a
 * source without naming it (or names an author in the bibliography without citing them), and
 * a source nobody cites. Pure, so the loader and the tests share it.
 */
export function citationProblems(bibliography: Bibliography, bibliographyFile: string, citers: Citer[]) {
  const byId = new Map(bibliography.sources.map((s) => [s.id, s]));
  const problems = new Map<string, string[]>();
  const add = (file: string, problem: string) => problems.set(file, [...(problems.get(file) ?? []), problem]);
  const cited = new Set<string>();
  for (const citer of citers) {
    citer.ids.forEach((id, i) => {
      cited.add(id);
      if (!byId.has(id))
        add(citer.file, `${citer.field}[${i}]: no source "${id}" in ${bibliographyFile}; add it there or fix the id`);
    });
    if (!citer.credit) continue;
    const { field, text } = citer.credit;
    const sources = citer.ids.flatMap((id) => byId.get(id) ?? []);
    for (const s of sources)
      if (!creditNames(s).some((n) => mentions(text, n)))
        add(
          citer.file,
          `${field}: cites "${s.id}" but does not name it; say whose idea it is (${creditNames(s).join(" or ")})`,
        );
    const authors = bibliography.sources.flatMap((s) => (s.author ? creditNames(s).slice(0, 1) : []));
    for (const name of new Set(authors))
      if (mentions(text, name) && !sources.some((s) => creditNames(s).includes(name)))
        add(citer.file, `${field}: names ${name} but cites none of their work; add it to ${citer.field}`);
  }
  bibliography.sources.forEach((s, i) => {
    if (!cited.has(s.id))
      add(
        bibliographyFile,
        `sources[${i}] (${s.id}): no article, recommendation or plan step cites it; cite it or remove it`,
      );
  });
  return [...problems].map(([file, list]) => ({ file, problems: list }));
}

/** The sources an article or recommendation cites, in its order; unknown ids were caught by the build. */
export function resolveSources(ids: string[], bibliography: Bibliography): Source[] {
  return ids.flatMap((id) => bibliography.sources.filter((s) => s.id === id));
}

/** For /sources/: each source with everything that cites it, in bibliography order. */
export function citedBy(bibliography: Bibliography, citers: Citer[]): { source: Source; citers: Citer[] }[] {
  return bibliography.sources.map((source) => ({ source, citers: citers.filter((c) => c.ids.includes(source.id)) }));
}
