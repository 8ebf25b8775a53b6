"use client";

import { LatestResultsPanel, type LatestResultsProps } from "./latest-results-panel";

/**
 * The "latest" island: "Your latest results" on the home page and the overviews. The panel is
 * its own module so that the question flow, which shows it too, renders it without importing
 * an island (lint allows that only to the registry).
 */
export function LatestResults(props: LatestResultsProps) {
  return <LatestResultsPanel {...props} />;
}
