import { withBasePath } from "@/components/shared/base-path";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { journeyOf } from "@/lib/questionnaire/catalogue";

// Plain links: Next puts this page in every page's payload, so a next/link here would load
// its code on every page that runs scripts.
export default function NotFound() {
  const journey = journeyOf(loadCurrentQuestionnaires());
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <div className="button-row">
        <a className="button" href={withBasePath("/")}>
          Go to the home page
        </a>
        {journey && (
          <a className="button button-secondary" href={withBasePath(`/assess/${journey.id}/`)}>
            Take the journey assessment
          </a>
        )}
      </div>
    </div>
  );
}
