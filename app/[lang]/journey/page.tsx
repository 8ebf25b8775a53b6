import { JourneyPage, journeyMetadata } from "@/app/_pages/journey";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => journeyMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <JourneyPage locale={await localeOf(params)} />;
}
