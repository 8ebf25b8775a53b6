import { loadLibrary } from "../../lib/content/load-library";

/** Every article as the site builds it, so specs loop over content instead of naming pages. */
export const articles = () => loadLibrary();
