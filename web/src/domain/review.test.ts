import { ClaimVerdict, ReviewStage, SpecialWorkCode, type Application, type ClaimCheck } from '@sanpin/application-api';
import { describe, expect, it } from 'vitest';
import { checkForm, claimItems, deadlineTone, itemsMissingComment, moved } from './review';

const application = (codes: SpecialWorkCode[]) => ({ content: { specialWorks: codes.map((code) => ({ code })) } }) as unknown as Application;
const stamp = { at: '2026-11-20T02:00:00Z', by: 'yuelu', name: '岳麓经办人' };

describe('claim-by-claim review', () => {
  it('checks the seven basic conditions, then the claimed special works in code order', () => {
    expect(claimItems(application([SpecialWorkCode.Sw09, SpecialWorkCode.Sw01]))).toEqual([
      'BC1', 'BC2', 'BC3', 'BC4', 'BC5', 'BC6', 'BC7', 'SW01', 'SW09',
    ]);
  });

  it("prefills from this level's own saved checks only, accepting the rest", () => {
    const saved = [
      { item: 'BC2', verdict: ClaimVerdict.Queried, comment: '研发投入待核', stage: ReviewStage.City, checked: stamp },
      { item: 'BC3', verdict: ClaimVerdict.Rejected, comment: '县级意见', stage: ReviewStage.County, checked: stamp },
    ] as ClaimCheck[];
    const form = checkForm(['BC2', 'BC3'], saved, ReviewStage.City);
    expect(form).toEqual([
      { item: 'BC2', verdict: ClaimVerdict.Queried, comment: '研发投入待核' },
      { item: 'BC3', verdict: ClaimVerdict.Accepted, comment: '' },
    ]);
  });

  it('asks for a reason on every query or rejection', () => {
    expect(itemsMissingComment([
      { item: 'BC1', verdict: ClaimVerdict.Accepted },
      { item: 'BC2', verdict: ClaimVerdict.Queried, comment: '  ' },
      { item: 'SW03', verdict: ClaimVerdict.Rejected, comment: '无检测报告' },
    ])).toEqual(['BC2']);
  });
});

describe('inbox and ranking', () => {
  it('marks overdue items red and those due within three working days amber', () => {
    expect([-1, 0, 3, 4, undefined].map(deadlineTone)).toEqual(['danger', 'warning', 'warning', undefined, undefined]);
  });

  it('moves a ranked entry one place and never off the list', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
