import { ResultsPage, resultsMetadata } from "@/app/_pages/results";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => resultsMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <ResultsPage locale={await localeOf(params)} />;
}
