import type { ComponentProps, ReactNode } from "react";
import { SiteLink } from "@/components/shared/site-link";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import { BlunderComparison } from "./blunder-comparison";
import { Callout } from "./callout";
import { AnchoredHeading } from "./heading";
import { KeyTakeaways } from "./key-takeaways";
import { StageDiagram } from "./stage-diagram";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";
import { TakeAssessment } from "./take-assessment";

type Context = {
  model: StageModel;
  assessments: QuestionnaireSummary[];
  /** The page's language: a link to a page of the site opens that page in it. */
  locale: Locale;
  /** A translated page's section ids → the English's, for its headings and its links to them. */
  anchors?: Readonly<Record<string, string>>;
};

/**
 * The one map of components that article authors may use in plain MDX. Content that the
 * components need (the stages, the assessments) is bound here, so authors pass only strings.
 */
export function articleComponents({ model, assessments, locale, anchors = {} }: Context) {
  return {
    // A link to a page of the site ("/team/") gets the base path, as the header's links do, and
    // the page's language: authors write the English path in every translation.
    a: ({ href, ...rest }: ComponentProps<"a">) =>
      href?.startsWith("/") ? (
        <SiteLink href={localePath(locale, href)} {...rest} />
      ) : (
        <a href={href?.startsWith("#") ? `#${anchors[href.slice(1)] ?? href.slice(1)}` : href} {...rest} />
      ),
    h2: ({ children }: { children?: ReactNode }) => (
      <AnchoredHeading level={2} anchors={anchors}>
        {children}
      </AnchoredHeading>
    ),
    h3: ({ children }: { children?: ReactNode }) => (
      <AnchoredHeading level={3} anchors={anchors}>
        {children}
      </AnchoredHeading>
    ),
    Callout,
    KeyTakeaways,
    BlunderComparison,
    StageDiagram: ({ highlight }: { highlight?: string }) => <StageDiagram model={model} highlight={highlight} />,
    TakeAssessment: ({ questionnaire }: { questionnaire?: string }) => {
      const assessment = assessments.find((a) => a.id === questionnaire) ?? assessments[0];
      return assessment ? <TakeAssessment assessment={assessment} locale={locale} /> : null;
    },
  };
}
