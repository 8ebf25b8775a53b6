import { searchIndexResponse } from "@/app/_pages/search-index";

export const dynamic = "force-static";

export const GET = () => searchIndexResponse("en");
