// Everything the team page needs to read links itself: only when no worker runs (team-reader.ts)
// and for an earlier team set beside this one (team-over-time.tsx). One module, so the page
// fetches it as one chunk, on demand; the worker bundles the same code for every other reading.
export { aggregateTeamInChunks } from "@/lib/team-input/chunks";
export { disputedNotes } from "@/lib/workshop/disputed-notes";
export { teamExports } from "@/lib/workshop/exports";
export { teamViewSteps } from "@/lib/workshop/read-team";
