import type { Messages } from '../zh-CN';
import common from './common.json';
import domain from './domain.json';
import enterprise from './enterprise.json';
import province from './province.json';
import publicPages from './public.json';
import review from './review.json';

/** English, loaded when a user switches to it; `satisfies` makes a missing or extra key a type error. */
export default { ...common, ...publicPages, ...domain, ...enterprise, ...province, ...review } satisfies Messages;
