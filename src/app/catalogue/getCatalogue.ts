import { catalogue } from '../../domain/catalogue/catalogue';
import type { CatalogueItem } from '../../domain/catalogue/catalogueItem';

/** The catalogue is data in the code: the same for every site, no store read. */
export function getCatalogue(): { items: CatalogueItem[] } {
  return { items: [...catalogue] };
}
