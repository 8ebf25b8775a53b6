import { ScoringPage, scoringMetadata } from "@/app/_pages/scoring";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => scoringMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <ScoringPage locale={await localeOf(params)} />;
}
