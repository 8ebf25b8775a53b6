import Link from "next/link";

export type AssessmentSummary = {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  questionCount: number;
  dimensionCount: number;
};

export function AssessmentCard({ assessment, primary }: { assessment: AssessmentSummary; primary?: boolean }) {
  return (
    <li className="card">
      <h3>{assessment.title}</h3>
      <p className="muted">{assessment.summary}</p>
      <p>
        {assessment.questionCount} questions across {assessment.dimensionCount} areas · about {assessment.minutes} minutes
      </p>
      <Link className={primary ? "button" : "button button-secondary"} href={`/assess/${assessment.id}/`}>
        Start<span className="visually-hidden">: {assessment.title}</span>
      </Link>
    </li>
  );
}
