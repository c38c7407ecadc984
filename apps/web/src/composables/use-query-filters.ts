import { computed } from 'vue';
import type { Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { DepartmentKind } from '@gongkai/web-view-models';
import { DEPARTMENT_KINDS } from '@gongkai/web-view-models';

/** A comma-separated query value as a list ('' and absent: none). */
export const queryList = (v: unknown): string[] =>
  typeof v === 'string' && v ? v.split(',') : [];

/**
 * Filters kept in the URL query, so that a view can be shared: each is a computed
 * that reads the query and writes it back (an empty value leaves the key out).
 */
export function useQueryFilters() {
  const route = useRoute();
  const router = useRouter();

  function setQuery(key: string, value: string): void {
    void router.replace({
      query: { ...route.query, [key]: value || undefined },
    });
  }

  /** `year`, one of `years`; the last of them when absent or not one of them. */
  const yearOf = (years: Ref<readonly number[]>) =>
    computed({
      get: () => {
        const y = Number(route.query['year']);
        return years.value.includes(y) ? y : (years.value.at(-1) ?? 0);
      },
      set: (v: number) => setQuery('year', String(v)),
    });

  /** `kinds`: the department kinds chosen (none: all). */
  const kinds = computed({
    get: () =>
      queryList(route.query['kinds']).filter((k): k is DepartmentKind =>
        (DEPARTMENT_KINDS as readonly string[]).includes(k),
      ),
    set: (v: DepartmentKind[]) => setQuery('kinds', v.join(',')),
  });

  return { route, setQuery, yearOf, kinds };
}
