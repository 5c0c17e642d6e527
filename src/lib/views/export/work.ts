// Everything an export runs (the CSV, the views' pictures, slides, the deck): one chunk, fetched when the user first exports.
export { deckPdf } from '$lib/export/deck';
export { CSV_TYPE, eventsCsv } from '$lib/export/events';
export { pictureFile } from './pictures';
export { slidePng } from './slides';
