import { AssessPage, assessMetadata, assessParams } from "@/app/_pages/assess";
import { localeOf } from "@/app/_pages/params";

type Params = { params: Promise<{ lang: string; id: string }> };

export const dynamicParams = false;

export const generateStaticParams = assessParams;

export const generateMetadata = async ({ params }: Params) => assessMetadata(await localeOf(params), (await params).id);

export default async function Page({ params }: Params) {
  return <AssessPage locale={await localeOf(params)} id={(await params).id} />;
}
