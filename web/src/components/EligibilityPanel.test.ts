import { BasicCondition, EligibilityFactSourceEnum, EligibilityOutcome, type Eligibility } from '@sanpin/application-api';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/locales';
import EligibilityPanel from './EligibilityPanel.vue';

const eligibility: Eligibility = {
  mechanicalFailures: 1,
  checks: [
    { condition: BasicCondition.Bc1, outcome: EligibilityOutcome.Pass, facts: [{ name: '规模以上工业企业', value: '是', source: EligibilityFactSourceEnum.Platform }] },
    { condition: BasicCondition.Bc2, outcome: EligibilityOutcome.NeedsJudgement, facts: [] },
    { condition: BasicCondition.Bc6, outcome: EligibilityOutcome.Fail, facts: [{ name: '附佐证材料的专项工作', value: '2 项（至少 6 项）', source: EligibilityFactSourceEnum.Computed }] },
  ],
};

describe('EligibilityPanel', () => {
  it('says how many mechanical checks block submission and shows each condition with its facts', () => {
    const panel = mount(EligibilityPanel, { props: { eligibility }, global: { plugins: [i18n] } });
    expect(panel.get('[data-testid="eligibility-verdict"]').text()).toBe('1 项机审不符合');
    expect(panel.text()).toContain('符合 1 项 · 不符合 1 项 · 待审查人员判断 1 项');
    expect(panel.text()).toContain('BC6 “三品”专项工作');
    expect(panel.text()).toContain('不符合');
  });

  it('clears submission when no mechanical check fails', () => {
    const panel = mount(EligibilityPanel, {
      props: { eligibility: { ...eligibility, mechanicalFailures: 0 } },
      global: { plugins: [i18n] },
    });
    expect(panel.get('[data-testid="eligibility-verdict"]').text()).toBe('无机审不符合项');
  });
});
