/**
 * The limits of a spreadsheet import, in one place: next.config.ts (the server
 * actions' body limit) and proxy.ts (which refuses larger uploads before they
 * are read) import them too, so this module imports nothing of the app.
 *
 * 10,000 rows of organizations with both descriptions filled in are about 6 MB
 * of CSV; 8 MB leaves room for longer texts without letting a stray file tie up
 * the server.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
/** The multipart request around the file: its other fields and boundaries. */
export const IMPORT_REQUEST_BYTES = MAX_IMPORT_BYTES + 512 * 1024;
/** How long a preview can be confirmed; the data may have moved on after that. */
export const PREVIEW_TTL_HOURS = 24;
