/**
 * Fewer respondents than this and a benchmark could describe people one could recognise. On
 * its own, so the team view can name it without shipping the content schema's zod.
 */
export const MIN_BENCHMARK_RESPONDENTS = 10;
