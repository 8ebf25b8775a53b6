import { LOCALES, type Locale } from "../i18n/locales";
import type { RespondentRow, TeamExports } from "./exports";

// The exports as the Web Worker posts them to the page. As with the view (view-message.ts),
// structured clone rebuilds a message one object at a time on the page's main thread: 5,000
// respondents' rows, each with its array of overalls, are 10,000 objects. Packed, the numbers are
// typed arrays (handed over with no copy) and the words a few flat lists.

/** The respondents' rows as columns; `overall` row by row, `width` per row, NaN where a row has none. */
export type PackedRespondents = {
  lines: Int32Array;
  labels: (string | null)[];
  orgs: (string | null)[];
  /** Each row's language, as its index in LOCALES. */
  languages: Uint8Array;
  overall: Float64Array;
  width: number;
};

/** Fragments hold no line break (they are a link's fragment), so one string holds them all. */
export type TeamExportsMessage = Omit<TeamExports, "respondents" | "fragments"> & {
  respondents: PackedRespondents;
  fragments: string;
  count: number;
};

export function packExports({ respondents, fragments, ...rest }: TeamExports): TeamExportsMessage {
  const width = rest.columns.length;
  const overall = new Float64Array(respondents.length * width);
  respondents.forEach((r, i) => r.overall.forEach((v, c) => (overall[i * width + c] = v ?? Number.NaN)));
  return {
    ...rest,
    fragments: fragments.join("\n"),
    count: fragments.length,
    respondents: {
      lines: Int32Array.from(respondents, (r) => r.line),
      labels: respondents.map((r) => r.label),
      orgs: respondents.map((r) => r.org),
      languages: Uint8Array.from(respondents, (r) => LOCALES.indexOf(r.language)),
      overall,
      width,
    },
  };
}

/** The typed arrays' buffers, to hand over to the page instead of copying them. */
export function exportsTransferables({ respondents }: TeamExportsMessage): ArrayBuffer[] {
  return [respondents.lines, respondents.languages, respondents.overall].flatMap((a) =>
    a.buffer instanceof ArrayBuffer ? [a.buffer] : [],
  );
}

export function unpackExports({ respondents: packed, fragments, count, ...rest }: TeamExportsMessage): TeamExports {
  const { lines, labels, orgs, languages, overall, width } = packed;
  const respondents = new Array<RespondentRow>(lines.length);
  // Plain loops, as in unpackView: a builtin's callback per element is slower run once, cold.
  for (let i = 0; i < respondents.length; i += 1) {
    const scores = new Array<number | null>(width);
    for (let c = 0; c < width; c += 1) {
      const v = overall[i * width + c] ?? Number.NaN;
      scores[c] = Number.isNaN(v) ? null : v;
    }
    const language: Locale = LOCALES[languages[i] ?? 0] ?? "en";
    respondents[i] = { line: lines[i] ?? 0, label: labels[i] ?? null, org: orgs[i] ?? null, language, overall: scores };
  }
  return { ...rest, respondents, fragments: count === 0 ? [] : fragments.split("\n") };
}
