import { config } from "zod/mini";

// The schemas that run in the browser (answers, share links, saved state) use zod's mini build:
// the same checks and messages as lib/zod.ts, at a fraction of the bytes, because mini
// tree-shakes to the checks a schema uses. Content schemas run only at build time and keep the
// full API. Same reason as lib/zod.ts for jitless: the CSP forbids eval.
config({ jitless: true });

// Only what the browser-side schemas use, name by name: a namespace object or `export *`
// keeps all of zod in the page, because the bundler cannot tell which members are read.
// Importers write `import * as z from "../zod-mini"`; add a name here when a schema needs it.
export {
  array,
  discriminatedUnion,
  enum,
  int,
  length,
  literal,
  maximum,
  maxLength,
  minimum,
  minLength,
  object,
  optional,
  positive,
  record,
  refine,
  regex,
  strictObject,
  string,
  unknown,
  superRefine,
  trim,
} from "zod/mini";
export type { infer } from "zod/mini";
