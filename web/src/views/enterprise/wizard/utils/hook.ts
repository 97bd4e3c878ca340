import {
  ApplicationContentToJSON,
  type Application,
  type ApplicationContent,
  type Evidence,
  type PolicyEditionSummary,
} from '@sanpin/application-api';
import { computed, inject, provide, ref, shallowRef, type InjectionKey } from 'vue';
import { applicationsApi, batchesApi } from '@/api/client';
import { useProblem } from '@/composables/useProblem';
import { editableContent, figureYears } from '@/domain/application';
import { errorsPerStep, WIZARD_STEPS } from './steps';

const snapshot = (content: ApplicationContent) => JSON.stringify(ApplicationContentToJSON(content));

/**
 * The application wizard's state: the form being edited, the application as last saved (its version and the
 * eligibility the service computed), its evidence, and save and submit.
 */
export function useApplicationWizard(applicationId: string) {
  const problems = useProblem();
  const application = shallowRef<Application>();
  const edition = shallowRef<PolicyEditionSummary>();
  const content = ref<Required<ApplicationContent>>(editableContent(undefined, 0));
  const evidence = ref<Evidence[]>([]);
  const step = ref(0);
  const saved = ref('');
  /** Kept only across a retry after a lost answer, so the retry cannot submit twice; new after anything else. */
  let submissionKey: string | undefined;

  const years = computed(() => figureYears(application.value?.batchYear ?? 0));
  const dirty = computed(() => snapshot(content.value) !== saved.value);
  const stepErrors = computed(() => errorsPerStep(problems.problem.value?.errors ?? []));

  function adopt(current: Application) {
    application.value = current;
    content.value = editableContent(current.content, current.batchYear);
    saved.value = snapshot(content.value);
  }

  async function load() {
    const loaded = await problems.run(async () => {
      const [current, files] = await Promise.all([
        applicationsApi.getApplication({ applicationId }),
        applicationsApi.listEvidence({ applicationId }),
      ]);
      return { current, files, batch: await batchesApi.getBatch({ batchId: current.batchId }) };
    });
    if (loaded) {
      adopt(loaded.current);
      evidence.value = loaded.files;
      edition.value = loaded.batch.edition;
    }
  }

  /**
   * Saves when something changed; the answer carries the eligibility computed on this save. One save at a time:
   * a second one sent with the same version (a page turn while an upload's save is on its way) would be refused.
   */
  let saving: Promise<boolean> = Promise.resolve(true);
  function save(): Promise<boolean> {
    saving = saving.then(saveNow, saveNow);
    return saving;
  }

  async function saveNow(): Promise<boolean> {
    if (!application.value) return false;
    if (!dirty.value) return true;
    const version = application.value.version;
    const sent = snapshot(content.value);
    const updated = await problems.run(() =>
      applicationsApi.saveApplicationContent({
        applicationId,
        applicationContentUpdate: { version, content: content.value },
      }),
    );
    if (updated && snapshot(content.value) !== sent) {
      // edited while the save was on its way (a claim ticked as an upload finished): keep those edits, unsaved,
      // and take only the new version and eligibility from the answer
      application.value = updated;
      saved.value = sent;
    } else if (updated) {
      adopt(updated);
    }
    return updated !== undefined;
  }

  async function goTo(index: number) {
    if (await save()) step.value = index;
  }

  function evidenceFor(claim: string) {
    return evidence.value.filter((item) => item.claim === claim);
  }

  /** A file uploaded for a special work also joins that claim's evidence list, then the form is saved. */
  async function addEvidence(stored: Evidence) {
    evidence.value = [...evidence.value, stored];
    const claim = content.value.specialWorks.find((work) => work.code === stored.claim);
    if (claim) {
      claim.evidenceIds = [...(claim.evidenceIds ?? []), stored.id];
      await save();
    }
  }

  async function submit(pledgeAccepted: boolean): Promise<Application | undefined> {
    if (!(await save()) || !application.value) return undefined;
    submissionKey ??= crypto.randomUUID();
    const idempotencyKey = submissionKey;
    const version = application.value.version;
    const submitted = await problems.run(() =>
      applicationsApi.submitApplication({ applicationId, idempotencyKey, submission: { version, pledgeAccepted } }),
    );
    if (submitted || problems.problem.value?.status !== 0) submissionKey = undefined;
    if (submitted) adopt(submitted);
    return submitted;
  }

  return {
    steps: WIZARD_STEPS,
    applicationId,
    application,
    edition,
    content,
    evidence,
    years,
    step,
    dirty,
    stepErrors,
    problems,
    load,
    save,
    goTo,
    evidenceFor,
    addEvidence,
    submit,
  };
}

export type ApplicationWizard = ReturnType<typeof useApplicationWizard>;

const WIZARD: InjectionKey<ApplicationWizard> = Symbol('application wizard');

/** The wizard page provides its state; each step reads and edits the same form through it. */
export function provideWizard(wizard: ApplicationWizard) {
  provide(WIZARD, wizard);
}

export function useWizard(): ApplicationWizard {
  const wizard = inject(WIZARD);
  if (!wizard) throw new Error('useWizard() outside the application wizard');
  return wizard;
}
