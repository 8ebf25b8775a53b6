import { loadCatalogue } from "@/lib/content/assessments/load-questionnaires";
import { forBrowser } from "@/lib/questionnaire/for-browser";

// Every questionnaire version, written once at build time as a static file. A retake fetches
// it to read an earlier result made with any version; the question flow never ships it. The
// translators' notes stay out, as from every page.
export const dynamic = "force-static";

export function GET() {
  return Response.json(loadCatalogue().map(forBrowser));
}
