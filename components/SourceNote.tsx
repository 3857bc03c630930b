import type { RuleSource } from '@/lib/engine/types';

export const CONFIDENCE_TEXT: Record<RuleSource['confidence'], string> = {
  H: 'high confidence (primary source)',
  M: 'medium confidence (secondary source or close proxy)',
  L: 'low confidence (guides only)',
};

interface Props {
  source: RuleSource;
  /** the payer of the pack the source belongs to, named when the source is a proxy for its text */
  payer?: string;
}

/** Where a fact comes from and how sure we are, in words. */
export function SourceNote({ source, payer }: Props) {
  return (
    <p className="source">
      Source: {source.title}; {CONFIDENCE_TEXT[source.confidence]}
      {source.proxy ? `; a proxy, not ${payer ? `${payer}’s` : 'the payer’s'} own text` : ''}.
    </p>
  );
}
