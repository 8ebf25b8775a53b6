import { BlundersPage, blundersMetadata } from "@/app/_pages/blunders";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => blundersMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <BlundersPage locale={await localeOf(params)} />;
}
