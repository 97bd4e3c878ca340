import { describe, expect, it } from 'vitest';
import { errorsPerStep, WIZARD_STEPS } from './steps';

describe('a refused submission', () => {
  it('marks each wizard page with the errors of its fields; the rest go to the submission page', () => {
    const counts = errorsPerStep([
      { field: 'content.economicContribution.figures', message: '' },
      { field: 'content.innovation.rdSpending', message: '' },
      { field: 'content.innovation.talentTeam', message: '' },
      { field: 'content.specialWorks[3].evidenceIds', message: '' },
      { field: 'content.credit.majorIncidents', message: '' },
      { field: 'version', message: '' },
    ]);
    expect(Object.fromEntries(WIZARD_STEPS.map((step, i) => [step.key, counts[i]]))).toEqual({
      economic: 1,
      innovation: 2,
      ip: 0,
      transformation: 0,
      brand: 0,
      specialWorks: 1,
      credit: 1,
      pledge: 1,
    });
  });
});
