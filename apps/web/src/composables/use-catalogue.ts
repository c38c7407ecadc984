import { shallowRef } from 'vue';
import { catalogueQuery, execute } from '@gongkai/web-data-access';
import type { CatalogueQuery } from '@gongkai/web-data-access';

export type Catalogue = CatalogueQuery;
export type CatalogueDepartment = CatalogueQuery['departments'][number];

const catalogue = shallowRef<Catalogue | null>(null);
const error = shallowRef<Error | null>(null);
let pending: Promise<Catalogue> | null = null;

/** Installation, metrics, departments and cycles: loaded once, shared by every page. */
export function loadCatalogue(force = false): Promise<Catalogue> {
  if (!pending || force) {
    pending = execute(catalogueQuery, {}).then(
      (c) => {
        catalogue.value = c;
        error.value = null;
        return c;
      },
      (e: unknown) => {
        error.value = e instanceof Error ? e : new Error(String(e));
        pending = null;
        throw e;
      },
    );
  }
  return pending;
}

export function useCatalogue() {
  void loadCatalogue().catch(() => undefined);
  return { catalogue, error };
}

/** Report years known to the installation, oldest first. */
export function reportYears(c: Catalogue): number[] {
  const years = c.cycles.map((y) => y.year).sort((a, b) => a - b);
  return years.length ? years : [new Date().getFullYear() - 1];
}
