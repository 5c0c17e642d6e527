// Everything an import runs in the page (the registry parse, the news ingest, validation, the readers' checks): one chunk, fetched when the user first imports.
export { parseRegistry } from '../ingest/registry';
export { formatOf } from './format';
export { editRecord, extractNews, pastedName, previewRecord } from './news';
export { duplicatesByRow, freeSourceName, messageOf, replayNotice, unreadableError, validatePreview } from './plan';
export { checkRaw } from './read';
export { importContext } from './validate';
