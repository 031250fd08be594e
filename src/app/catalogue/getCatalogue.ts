import { catalogue } from '../../domain/catalogue/catalogue';
import type { CatalogueItem } from '../../domain/catalogue/catalogueItem';

/** The catalogue is data in the code: the same for every site, no store read. */
export async function getCatalogue(): Promise<{ items: CatalogueItem[] }> {
  return { items: [...catalogue] };
}
