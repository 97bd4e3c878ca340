import {
  ClaimVerdict,
  type Application,
  type ClaimCheck,
  type ClaimCheckDraft,
  type ReviewStage,
} from '@sanpin/application-api';
import { BASIC_CONDITIONS } from './application';

/** What a reviewer checks on an application: the seven basic conditions, then each special work it claims. */
export function claimItems(application: Application): string[] {
  const works = (application.content?.specialWorks ?? []).map((work) => work.code as string);
  return [...BASIC_CONDITIONS, ...works.sort()];
}

/**
 * The check form for one level: every item in order, prefilled from what this level saved before (a reviewer
 * may save, leave and come back), otherwise "accepted" with no comment.
 */
export function checkForm(items: string[], saved: ClaimCheck[], stage: ReviewStage): ClaimCheckDraft[] {
  return items.map((item) => {
    const mine = saved.find((check) => check.stage === stage && check.item === item);
    return { item, verdict: mine?.verdict ?? ClaimVerdict.Accepted, comment: mine?.comment ?? '' };
  });
}

/** A query or a rejection needs its reason: the items whose comment is still missing. */
export function itemsMissingComment(form: ClaimCheckDraft[]): string[] {
  return form.filter((row) => row.verdict !== ClaimVerdict.Accepted && !row.comment?.trim()).map((row) => row.item);
}

/** How urgent an item in an inbox is by its working days left: overdue, due within three days, or not yet. */
export function deadlineTone(workingDaysLeft: number | undefined): 'danger' | 'warning' | undefined {
  if (workingDaysLeft === undefined) return undefined;
  if (workingDaysLeft < 0) return 'danger';
  return workingDaysLeft <= 3 ? 'warning' : undefined;
}

/** Moves one entry of a ranked list up (-1) or down (+1); out of range leaves the list as it is. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}
