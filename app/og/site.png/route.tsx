import { renderOg } from "@/components/og/render-og";
import { loadSite } from "@/lib/content/load-site";

// Drawn once at build time and written to out/og/site.png.
export const dynamic = "force-static";

export function GET() {
  const site = loadSite();
  return renderOg({
    siteName: site.name,
    accent: site.accent,
    kicker: "Free, private self-assessments",
    title: "How customer-centric is your organisation, really?",
    subtitle: site.description,
  });
}
