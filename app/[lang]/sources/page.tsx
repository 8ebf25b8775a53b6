import { SourcesPage, sourcesMetadata } from "@/app/_pages/sources";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => sourcesMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <SourcesPage locale={await localeOf(params)} />;
}
