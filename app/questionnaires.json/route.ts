import { loadCatalogue } from "@/lib/content/assessments/load-questionnaires";

// Every questionnaire version, written once at build time as a static file. A retake fetches
// it to read an earlier result made with any version; the question flow never ships it.
export const dynamic = "force-static";

export function GET() {
  return Response.json(loadCatalogue());
}
