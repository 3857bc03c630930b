import { quote } from '@/lib/parse/quote';

/** What staff typed, quoted for a message. */
export const typed = (field: { raw: string }): string => quote(field.raw);
