import common from './common.json';
import domain from './domain.json';
import enterprise from './enterprise.json';
import province from './province.json';
import publicPages from './public.json';
import review from './review.json';

/** zh-CN messages, one JSON per namespace; their shape is the schema every other language must match. */
const messages = { ...common, ...publicPages, ...domain, ...enterprise, ...province, ...review };

export type Messages = typeof messages;
export default messages;
