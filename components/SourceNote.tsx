import type { RuleSource } from '../lib/engine/types';

export const CONFIDENCE_TEXT: Record<RuleSource['confidence'], string> = {
  H: 'high confidence (primary source)',
  M: 'medium confidence (secondary source or close proxy)',
  L: 'low confidence (guides only)',
};

/** Where a fact comes from and how sure we are, in words. */
export function SourceNote({ source }: { source: RuleSource }) {
  return (
    <p className="source">
      Source: {source.title}; {CONFIDENCE_TEXT[source.confidence]}
      {source.proxy ? '; a proxy, not Cigna’s own text' : ''}.
    </p>
  );
}
