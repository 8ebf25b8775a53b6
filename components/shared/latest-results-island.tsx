import { Island } from "./island";
import { LatestResults, type LatestResultsProps } from "./latest-results";

/**
 * The "Your latest results" panel on a page that is otherwise static. Its HTML is empty (there
 * is no storage at build time), and its bundle is lazy: see components/islands/latest.tsx.
 */
export function LatestResultsIsland({ titles }: LatestResultsProps) {
  return (
    <Island name="latest" props={{ titles }}>
      <LatestResults titles={titles} />
    </Island>
  );
}
