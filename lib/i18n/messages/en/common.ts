import { plural } from "../plural";

/** Words many areas use. Each area's own strings live in its own module beside this one. */
export const common = {
  languageName: "English",
  stageOf: "stage {stage} of {max}",
  leaders: plural({ one: "{n} leader", other: "{n} leaders" }),
};

export type CommonMessages = typeof common;
