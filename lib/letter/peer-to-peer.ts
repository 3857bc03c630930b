import { formatUsDate } from '@/lib/parse/date';
import { plural } from '@/lib/words';
import { findingsBlock, isToAdd, lineText, type LetterInput, type LetterLine, type LetterTemplate } from './letter';

/**
 * The peer-to-peer summary: the key facts of the request on one page, for the prescriber's call
 * with the payer's medical reviewer. Drafted from the same sections as the letter (the pack's
 * template), without the letter's prose: the facts, then what to have at hand that the request
 * lacks. Plain text, deterministic, no network.
 */

export interface PeerToPeerSummary {
  /** every `[[to add: …]]`, in order of appearance, without repeats */
  missing: string[];
  text: string;
}

/** Sections a call does not need: the monitoring plan is the prescriber's to say. */
const LEFT_OUT = new Set(['monitoring']);

export function peerToPeerSummary(template: LetterTemplate, input: LetterInput): PeerToPeerSummary {
  const unresolved = input.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const missing: string[] = [];
  const note = (line: LetterLine) => {
    for (const p of line) if (isToAdd(p) && !missing.includes(p.toAdd)) missing.push(p.toAdd);
  };
  const body: string[] = [];
  for (const section of template.sections) {
    if (LEFT_OUT.has(section.id)) continue;
    const lines = section.lines(input);
    if (lines === null) continue;
    lines.forEach(note);
    body.push('', section.title.toUpperCase(), ...lines.map(lineText));
  }
  const toHave =
    missing.length === 0
      ? ['Nothing missing on the request.']
      : [`${plural(missing.length, 'fact')} the request lacks:`, ...missing.map((m) => `- ${m}`)];
  const text = [
    `Peer-to-peer review: key facts (draft)`,
    `${template.drug} · ${template.payer} · prepared ${formatUsDate(input.today)}`,
    input.indicationLabel
      ? `Indication: ${input.indicationLabel}${input.indicationCode ? ` (${input.indicationCode})` : ''}`
      : 'Indication: not read from the request',
    '',
    ...findingsBlock(unresolved),
    ...body,
    '',
    'TO HAVE AT HAND FOR THE CALL',
    ...toHave,
  ].join('\n');
  return { missing, text };
}
