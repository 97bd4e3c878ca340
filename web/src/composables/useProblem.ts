import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { messageFor, toProblem, type ApiProblem } from '@/api/problem';

/**
 * The problem of the last API call a page or form made, and where its field errors go:
 * `await problems.run(() => api.x())` answers the result, or undefined after recording the problem.
 */
export function useProblem() {
  const { t } = useI18n();
  const problem = ref<ApiProblem | null>(null);
  const busy = ref(false);

  async function run<T>(call: () => Promise<T>): Promise<T | undefined> {
    problem.value = null;
    busy.value = true;
    try {
      return await call();
    } catch (error) {
      problem.value = await toProblem(error, {
        network: t('problem.network'),
        unexpected: (status) => t('problem.unexpected', { status }),
      });
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  const fieldError = (path: string) => (problem.value ? messageFor(problem.value.errors, path) : undefined);
  const clear = () => (problem.value = null);

  return { problem, busy, run, fieldError, clear };
}

export type Problems = ReturnType<typeof useProblem>;
