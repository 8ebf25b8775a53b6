import { NotFoundBody } from "@/app/_pages/not-found";

// Under /<lang>/ a missing article or tag (notFound()) reads in English: the static host serves
// 404.html (app/global-not-found.tsx) for every unknown address; this page shows in `next dev`.
export default function NotFound() {
  return <NotFoundBody locale="en" />;
}
