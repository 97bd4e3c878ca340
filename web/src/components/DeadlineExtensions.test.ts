import { BatchPhase, type DeadlineExtension } from '@sanpin/application-api';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/locales';
import DeadlineExtensions from './DeadlineExtensions.vue';

const extension: DeadlineExtension = {
  phase: BatchPhase.Application,
  previousDueOn: '2025-10-31',
  dueOn: '2025-11-07',
  reason: '受国庆假期影响，延长申报期',
  extendedAt: '2025-10-20T02:00:00Z',
};

describe('DeadlineExtensions', () => {
  it('says which deadline was extended, to when, from when and why', () => {
    const notice = mount(DeadlineExtensions, { props: { extensions: [extension] }, global: { plugins: [i18n] } });
    expect(notice.text()).toContain('截止日期已延长');
    expect(notice.text()).toContain('企业申报截止日期已延长至 2025-11-07（原定 2025-10-31）。原因：受国庆假期影响，延长申报期');
  });

  it('shows nothing for a call whose deadlines stand', () => {
    const notice = mount(DeadlineExtensions, { props: { extensions: [] }, global: { plugins: [i18n] } });
    expect(notice.text()).toBe('');
  });
});
