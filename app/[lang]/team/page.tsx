import { TeamPage, teamMetadata } from "@/app/_pages/team";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => teamMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <TeamPage locale={await localeOf(params)} />;
}
