// The project's registries indexed for import, read once for the import tests.
import { registry } from '../ingest/registries';
import { importContext } from '../../../src/lib/import/validate';

export { registry };
export const ctx = importContext(registry);
