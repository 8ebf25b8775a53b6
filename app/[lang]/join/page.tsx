import { JoinPage, joinMetadata } from "@/app/_pages/join";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => joinMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <JoinPage locale={await localeOf(params)} />;
}
