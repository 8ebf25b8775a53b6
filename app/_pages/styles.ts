// Every page's styles, imported by both root layouts (English at the root, the translations
// under /<lang>/). The order is the cascade's, so a later file wins a tie: the report's, compare's
// and the forms' styles, then the articles', then the team's.
import "@/styles/base.css";
import "@/styles/layout.css";
import "@/styles/questionnaire.css";
import "@/styles/report.css";
import "@/styles/stage-strip.css";
import "@/styles/radar.css";
import "@/styles/area-details.css";
import "@/styles/compare.css";
import "@/styles/blunders.css";
import "@/styles/forms.css";
import "@/styles/summary.css";
import "@/styles/plan.css";
import "@/styles/articles.css";
import "@/styles/invitation.css";
import "@/styles/team-grid.css";
import "@/styles/team-spread.css";
import "@/styles/actions.css";
import "@/styles/top-questions.css";
import "@/styles/notes.css";
import "@/styles/present-mode.css";
import "@/styles/evidence.css";
import "@/styles/disclosure.css";
import "@/styles/print.css";
