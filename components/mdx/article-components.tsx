import type { ComponentProps, ReactNode } from "react";
import { SiteLink } from "@/components/shared/site-link";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import { BlunderComparison } from "./blunder-comparison";
import { Callout } from "./callout";
import { AnchoredHeading } from "./heading";
import { KeyTakeaways } from "./key-takeaways";
import { StageDiagram } from "./stage-diagram";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";
import { TakeAssessment } from "./take-assessment";

/** `anchor` names a heading's "#" link in the article's language (ArticlesMessages["anchor"]). */
type Context = { model: StageModel; assessments: QuestionnaireSummary[]; anchor: string };

/**
 * The one map of components that article authors may use in plain MDX. Content that the
 * components need (the stages, the assessments) is bound here, so authors pass only strings.
 */
export function articleComponents({ model, assessments, anchor }: Context) {
  return {
    // A link to a page of the site ("/team/") gets the base path, as the header's links do.
    a: ({ href, ...rest }: ComponentProps<"a">) =>
      href?.startsWith("/") ? <SiteLink href={href} {...rest} /> : <a href={href} {...rest} />,
    h2: ({ children }: { children?: ReactNode }) => (
      <AnchoredHeading level={2} label={anchor}>
        {children}
      </AnchoredHeading>
    ),
    h3: ({ children }: { children?: ReactNode }) => (
      <AnchoredHeading level={3} label={anchor}>
        {children}
      </AnchoredHeading>
    ),
    Callout,
    KeyTakeaways,
    BlunderComparison,
    StageDiagram: ({ highlight }: { highlight?: string }) => <StageDiagram model={model} highlight={highlight} />,
    TakeAssessment: ({ questionnaire }: { questionnaire?: string }) => {
      const assessment = assessments.find((a) => a.id === questionnaire) ?? assessments[0];
      return assessment ? <TakeAssessment assessment={assessment} /> : null;
    },
  };
}
