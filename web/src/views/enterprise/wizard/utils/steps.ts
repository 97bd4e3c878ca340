import type { FieldError } from '@sanpin/application-api';
import { concerns } from '@/api/problem';

/** One page of the wizard: the basic condition it covers and the fields of the form it edits. */
export interface WizardStep {
  key: 'economic' | 'innovation' | 'ip' | 'transformation' | 'brand' | 'specialWorks' | 'credit' | 'pledge';
  /** BC1–BC7; the pledge page has none */
  condition?: string;
  /** field paths as the service names them in problems (Completeness.java, Bean Validation) */
  fields: string[];
}

export const WIZARD_STEPS: WizardStep[] = [
  { key: 'economic', condition: 'BC1', fields: ['content.economicContribution'] },
  { key: 'innovation', condition: 'BC2', fields: ['content.innovation'] },
  { key: 'ip', condition: 'BC3', fields: ['content.intellectualProperty'] },
  { key: 'transformation', condition: 'BC4', fields: ['content.technicalTransformation'] },
  { key: 'brand', condition: 'BC5', fields: ['content.brand'] },
  { key: 'specialWorks', condition: 'BC6', fields: ['content.specialWorks'] },
  { key: 'credit', condition: 'BC7', fields: ['content.credit'] },
  { key: 'pledge', fields: ['pledgeAccepted'] },
];

/**
 * How many of a problem's field errors fall on each step, so the wizard marks the pages to revisit. An error no
 * step claims is counted on the last page (where the submission happens), so none goes unseen.
 */
export function errorsPerStep(errors: readonly FieldError[], steps: readonly WizardStep[] = WIZARD_STEPS): number[] {
  const counts = steps.map(() => 0);
  for (const error of errors) {
    const at = steps.findIndex((step) => step.fields.some((path) => concerns(error.field, path)));
    counts[at === -1 ? steps.length - 1 : at]! += 1;
  }
  return counts;
}
