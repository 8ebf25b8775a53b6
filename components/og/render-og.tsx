import { ImageResponse } from "next/og";
import { OG_IMAGE } from "@/lib/site/page-metadata";
import { OgCard } from "./og-card";

/** A PNG of the card, as a route handler's response; the build writes it to out/. */
export function renderOg(props: Parameters<typeof OgCard>[0]): ImageResponse {
  return new ImageResponse(<OgCard {...props} />, OG_IMAGE);
}
