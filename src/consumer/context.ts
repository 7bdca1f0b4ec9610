import { createContext } from '@lit/context';
import type { CatalogStore } from '../catalog/store.js';

/**
 * What `<rsp-catalog>` provides to every `rsp-*` element inside it: the page-wide store of its catalog URL.
 * A store rather than a catalog, so consumers see loading, errors and refreshes too.
 */
export const catalogContext = createContext<CatalogStore | undefined>(Symbol.for('rsp-archive.catalog'));
