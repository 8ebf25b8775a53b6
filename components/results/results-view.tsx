"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { Decoded } from "@/lib/link/errors";
import { decodeFragment } from "@/lib/link/fragment";
import type { SharedResult } from "@/lib/link/result-schema";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { findVersion } from "@/lib/questionnaire/catalogue";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { RecommendationSet } from "@/lib/recommendations/schema";
import { scoreAssessment } from "@/lib/scoring/score";
import { BlundersReport } from "./blunders-report";
import { JourneyReport } from "./journey-report";

type Props = {
  catalogue: Catalogue;
  recommendations: RecommendationSet[];
  model: StageModel;
  articleTitles: Record<string, string>;
};

/** Reads the result from the URL fragment, which the server never sees, and renders it. */
export function ResultsView({ catalogue, recommendations, model, articleTitles }: Props) {
  const [decoded, setDecoded] = useState<Decoded<SharedResult> | null>(null);

  useEffect(() => {
    const read = () => setDecoded(decodeFragment(window.location.hash, catalogue));
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, [catalogue]);

  if (decoded === null) return <p className="results-loading">Reading your result…</p>;
  if (!decoded.ok) {
    return (
      <div className="notice notice-warn" role="alert">
        <h2>This result cannot be shown</h2>
        <p>{decoded.error.message}</p>
        <div className="button-row">
          <Link className="button" href="/assess/journey/">
            Take the journey assessment
          </Link>
          <Link className="button button-secondary" href="/">
            Go to the home page
          </Link>
        </div>
      </div>
    );
  }
  const { label, org } = decoded.value;
  return (
    <div className="results">
      {(label || org) && (
        <p className="results-who">
          {[label, org].filter(Boolean).join(" · ")}
        </p>
      )}
      {decoded.value.assessments.map((a) => {
        const questionnaire = findVersion(catalogue, a.questionnaireId, a.version);
        if (!questionnaire) return null;
        const set = recommendations.find((r) => r.questionnaire === questionnaire.id);
        const score = scoreAssessment(questionnaire, a.answers);
        if (questionnaire.kind === "stages" && score.kind === "stages") {
          return <JourneyReport key={a.questionnaireId} questionnaire={questionnaire} score={score} model={model} recommendations={set} articleTitles={articleTitles} />;
        }
        if (questionnaire.kind === "agreement" && score.kind === "agreement") {
          return <BlundersReport key={a.questionnaireId} questionnaire={questionnaire} score={score} recommendations={set} articleTitles={articleTitles} />;
        }
        return null;
      })}
    </div>
  );
}
