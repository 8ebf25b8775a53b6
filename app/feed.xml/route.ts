import { feedResponse } from "@/app/_pages/feed";

// A static export can only prerender route handlers that are forced static.
export const dynamic = "force-static";

export const GET = () => feedResponse("en");
