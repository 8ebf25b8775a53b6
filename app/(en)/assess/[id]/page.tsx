import { AssessPage, assessMetadata, assessParams } from "@/app/_pages/assess";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export const generateStaticParams = assessParams;

export const generateMetadata = async ({ params }: Params) => assessMetadata("en", (await params).id);

export default async function Page({ params }: Params) {
  return <AssessPage locale="en" id={(await params).id} />;
}
