/**
 * Length limits the core enforces on user text, shared with the renderer so an input can show its
 * counter and refuse visibly before sending (issue 9 item 11: nothing is cut silently). The core's
 * input schemas refuse anything longer with a Chinese message; test/unit/api/limits.test.ts ties both.
 */
export const COMMENT_MAX_CHARS = 5000
export const CAMPAIGN_NAME_MAX_CHARS = 80
