import { onBeforeUnmount, shallowRef, watch } from 'vue';
import type { WatchSource } from 'vue';

/**
 * Data loaded for the current inputs: reloads when they change, and drops the
 * answer of a request that a newer one replaced.
 */
export function useLoader<T>(
  source: WatchSource,
  load: (signal: AbortSignal) => Promise<T>,
) {
  const data = shallowRef<T | null>(null);
  const error = shallowRef<Error | null>(null);
  const loading = shallowRef(false);
  let controller: AbortController | null = null;

  async function run(): Promise<void> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    loading.value = true;
    error.value = null;
    try {
      const result = await load(mine.signal);
      if (controller === mine) data.value = result;
    } catch (e) {
      if (controller === mine && !mine.signal.aborted) {
        error.value = e instanceof Error ? e : new Error(String(e));
      }
    } finally {
      if (controller === mine) loading.value = false;
    }
  }

  watch(source, () => void run(), { immediate: true, deep: true });
  onBeforeUnmount(() => controller?.abort());
  return { data, error, loading, reload: run };
}
