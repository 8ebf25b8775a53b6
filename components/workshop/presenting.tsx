import { useMemo } from "react";
import { today } from "@/lib/results/today";
import { buildSlides, type SlideOptions } from "@/lib/workshop/slides";
import type { TeamText } from "@/lib/team/text";
import type { TeamReportModel } from "@/lib/workshop/team-report";
import { PresentMode } from "./present-mode";

type Props = {
  report: TeamReportModel;
  options: Omit<SlideOptions, "today">;
  onLeave: () => void;
  text: TeamText;
};

/**
 * Present mode with the slides it shows. The team report loads this module only when a
 * facilitator presents (React.lazy): the slides, their evidence pictures and the keyboard
 * handling need not reach every visitor of the team page, whose script has a byte budget
 * (scripts/bench/budgets.ts).
 */
export function Presenting({ report, options, onLeave, text }: Props) {
  const slides = useMemo(() => buildSlides(report, { ...options, today: today() }, text), [report, options, text]);
  return <PresentMode slides={slides} names={report.names} onLeave={onLeave} text={text} />;
}
