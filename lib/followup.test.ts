import { describe, expect, it } from 'vitest';
import {
  type FollowUpCadence,
  type FollowUpInput,
  escapeText,
  foldLine,
  followUpIcs,
  GENERIC_HEADING,
  nextFollowUp,
  planFollowUp,
  unescapeText,
  unfold,
} from './followup';

// a cadence of our own: lib/ tests know no pack
const CADENCE: FollowUpCadence = {
  steps: [
    { id: 'status', afterDays: 7, title: 'Check status', detail: 'Look up the status.' },
    { id: 'call', afterDays: 14, title: 'Call {payer}', detail: 'Call {payer} about this request for {drug}.' },
    { id: 'p2p', afterDays: 21, title: 'Peer-to-peer', detail: 'Ask {payer} for a peer-to-peer review.' },
    { id: 'appeal', afterDays: 28, title: 'Appeal', detail: 'File an internal appeal.' },
  ],
  source: { title: 'test cadence', confidence: 'L' },
};

const base: FollowUpInput = { submitted: '2026-01-15', reference: 'REF-123', drug: 'Zedrug', payer: 'Acme Health', cadence: CADENCE };
const plan = (over: Partial<FollowUpInput> = {}) => planFollowUp({ ...base, ...over })!;
const DTSTAMP = new Date(Date.UTC(2026, 0, 15, 14, 30, 5));
const ics = (over: Partial<FollowUpInput> = {}) => followUpIcs(plan(over), { dtstamp: DTSTAMP });

/** the unescaped value of each `NAME:` property of the events (not their alarms), unfolded */
const values = (text: string, name: string): string[] =>
  unfold(text)
    .replace(/BEGIN:VALARM[\s\S]*?END:VALARM\r\n/g, '')
    .split('\r\n')
    .filter((l) => l.startsWith(`${name}:`))
    .map((l) => unescapeText(l.slice(name.length + 1)));

describe('planFollowUp dates', () => {
  it('puts each step its days after the submission', () => {
    expect(plan().steps.map((s) => [s.id, s.date])).toEqual([
      ['status', '2026-01-22'],
      ['call', '2026-01-29'],
      ['p2p', '2026-02-05'],
      ['appeal', '2026-02-12'],
    ]);
  });

  it('crosses month and year ends', () => {
    expect(plan({ submitted: '2026-01-31' }).steps[0]!.date).toBe('2026-02-07');
    expect(plan({ submitted: '2026-12-20' }).steps.map((s) => s.date)).toEqual(['2026-12-27', '2027-01-03', '2027-01-10', '2027-01-17']);
  });

  it('counts February 29 in a leap year and not in others', () => {
    expect(plan({ submitted: '2028-02-22' }).steps[0]!.date).toBe('2028-02-29');
    expect(plan({ submitted: '2027-02-22' }).steps[0]!.date).toBe('2027-03-01');
    expect(plan({ submitted: '2100-02-22' }).steps[0]!.date).toBe('2100-03-01'); // not a leap year
    expect(plan({ submitted: '2000-02-22' }).steps[0]!.date).toBe('2000-02-29'); // a leap year
  });

  it('is unaffected by daylight-saving changes (all-day dates)', () => {
    // US DST starts 2026-03-08 and ends 2026-11-01
    expect(plan({ submitted: '2026-03-05' }).steps[0]!.date).toBe('2026-03-12');
    expect(plan({ submitted: '2026-10-29' }).steps[0]!.date).toBe('2026-11-05');
  });

  it('sorts steps by day whatever order the cadence lists them', () => {
    const cadence = { ...CADENCE, steps: [...CADENCE.steps].reverse() };
    expect(plan({ cadence }).steps.map((s) => s.afterDays)).toEqual([7, 14, 21, 28]);
  });

  it('gives null for an impossible date or a malformed cadence', () => {
    expect(planFollowUp({ ...base, submitted: '2026-02-30' })).toBeNull();
    expect(planFollowUp({ ...base, submitted: '01/15/2026' })).toBeNull();
    const bad = (step: Partial<FollowUpCadence['steps'][number]>) =>
      planFollowUp({ ...base, cadence: { ...CADENCE, steps: [{ ...CADENCE.steps[0]!, ...step }] } });
    expect(bad({ afterDays: -1 })).toBeNull();
    expect(bad({ afterDays: 1.5 })).toBeNull();
    expect(bad({ id: 'Has Space' })).toBeNull();
    expect(planFollowUp({ ...base, cadence: { ...CADENCE, steps: [CADENCE.steps[0]!, CADENCE.steps[0]!] } })).toBeNull();
  });
});

describe('nextFollowUp', () => {
  const p = plan();
  it('is the first step before the submission and on the submission day', () => {
    expect(nextFollowUp(p, '2026-01-01')).toMatchObject({ step: { id: 'status' }, daysUntil: 21 });
    expect(nextFollowUp(p, '2026-01-15')).toMatchObject({ step: { id: 'status' }, daysUntil: 7 });
  });
  it('is a step on its own day, then the following one the day after', () => {
    expect(nextFollowUp(p, '2026-01-29')).toMatchObject({ step: { id: 'call' }, daysUntil: 0 });
    expect(nextFollowUp(p, '2026-01-30')).toMatchObject({ step: { id: 'p2p' }, daysUntil: 6 });
  });
  it('is the last step on its day and nothing after it', () => {
    expect(nextFollowUp(p, '2026-02-12')?.step.id).toBe('appeal');
    expect(nextFollowUp(p, '2026-02-13')).toBeNull();
  });
  it('is null for a date that is not real', () => {
    expect(nextFollowUp(p, '2026-02-31')).toBeNull();
  });
});

describe('privacy', () => {
  it('takes no patient field: the input type has none', () => {
    // @ts-expect-error a patient's name is not part of the API
    planFollowUp({ ...base, patientName: 'Jane Doe' });
    // @ts-expect-error nor a member ID
    planFollowUp({ ...base, memberId: 'U1234567' });
    // @ts-expect-error nor a date of birth
    planFollowUp({ ...base, dob: '1980-01-01' });
    const keys: (keyof FollowUpInput)[] = ['submitted', 'reference', 'drug', 'payer', 'cadence', 'include'];
    expect(Object.keys({ ...base, include: {} }).sort()).toEqual([...keys].sort());
  });

  it('is generic by default: no drug, payer or reference anywhere', () => {
    const p = plan();
    expect(p.heading).toBe(GENERIC_HEADING);
    expect(p.reference).toBeNull();
    const text = ics();
    expect(unfold(text)).not.toMatch(/Zedrug|Acme|REF-123/);
    expect(values(text, 'SUMMARY')[1]).toBe('PA request follow-up: Call the payer');
    expect(values(text, 'DESCRIPTION')[1]).toBe('Call the payer about this request for the drug.\nSubmitted 01/15/2026.');
  });

  it('names the drug and payer only with include.drug', () => {
    const text = unfold(ics({ include: { drug: true } }));
    expect(text).toContain('Zedrug PA request follow-up (Acme Health): Call Acme Health');
    expect(text).not.toContain('REF-123');
  });

  it('shows the reference only with include.reference', () => {
    const text = ics({ include: { reference: true } });
    expect(values(text, 'DESCRIPTION')[0]).toBe('Look up the status.\nSubmitted 01/15/2026.\nPortal reference: REF-123');
    expect(unfold(text)).not.toMatch(/Zedrug|Acme/);
  });

  it('treats false flags, and a blank reference, as absent', () => {
    expect(unfold(ics({ include: { drug: false, reference: false } }))).not.toMatch(/Zedrug|Acme|REF-123/);
    expect(plan({ reference: '   ', include: { reference: true } }).reference).toBeNull();
    expect(unfold(ics({ reference: undefined, include: { reference: true } }))).not.toContain('Portal reference');
  });

  it('puts patient-free text even into the UID', () => {
    const uids = values(ics({ include: { drug: true, reference: true } }), 'UID');
    expect(uids).toEqual([
      '20260115-status-d7@pa-preflight',
      '20260115-call-d14@pa-preflight',
      '20260115-p2p-d21@pa-preflight',
      '20260115-appeal-d28@pa-preflight',
    ]);
  });
});

describe('RFC 5545 text escaping', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('drops control characters', () => {
    expect(escapeText('a\u0000b\u0007c\u007f')).toBe('abc');
  });
  it('round-trips through unescapeText', () => {
    const s = 'Ref: A,B;C\\D\nnext line \\n literal';
    expect(unescapeText(escapeText(s))).toBe(s);
  });
  it('escapes a reference number with special characters in the file', () => {
    const text = ics({ reference: 'X,1;2\\3', include: { reference: true } });
    expect(unfold(text)).toContain('Portal reference: X\\,1\\;2\\\\3');
    expect(values(text, 'DESCRIPTION')[0]).toContain('Portal reference: X,1;2\\3');
  });
});

describe('line folding', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:short')).toEqual(['SUMMARY:short']);
  });

  it('folds at 75 octets with a leading space on continuations', () => {
    const line = 'DESCRIPTION:' + 'x'.repeat(200);
    const parts = foldLine(line);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(octets(parts[0]!)).toBe(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(unfold(parts.join('\r\n'))).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = 'SUMMARY:' + 'é€😀'.repeat(40);
    const parts = foldLine(line);
    for (const p of parts) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toContain('\uFFFD');
      expect(p).toBe(new TextDecoder().decode(new TextEncoder().encode(p)));
    }
    expect(unfold(parts.join('\r\n'))).toBe(line);
  });

  it('folds a long description in the file and unfolding gives the original', () => {
    const detail = 'If the request, still; undecided \\ after two weeks,\ncall {payer} and ask where it stands. '.repeat(4).trim();
    const cadence: FollowUpCadence = { ...CADENCE, steps: [{ id: 'long', afterDays: 14, title: 'Call', detail }] };
    const p = plan({ cadence, include: { drug: true, reference: true } });
    const text = followUpIcs(p, { dtstamp: DTSTAMP });
    const raw = text.split('\r\n');
    expect(raw.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);
    for (const l of raw) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(values(text, 'DESCRIPTION')).toEqual([p.steps[0]!.description]);
    expect(p.steps[0]!.description).toContain('call Acme Health and ask');
  });
});

describe('followUpIcs', () => {
  const text = ics();

  it('uses CRLF line endings only, ending with one', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is one VCALENDAR with one all-day VEVENT per step', () => {
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//PA Preflight//Follow-up//EN']);
    expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual([
      'DTSTART;VALUE=DATE:20260122',
      'DTSTART;VALUE=DATE:20260129',
      'DTSTART;VALUE=DATE:20260205',
      'DTSTART;VALUE=DATE:20260212',
    ]);
    expect(lines.filter((l) => l.startsWith('DTEND'))[0]).toBe('DTEND;VALUE=DATE:20260123');
  });

  it('ends an event on the last day of a month on the first of the next', () => {
    const lines = unfold(ics({ submitted: '2028-02-22' })).split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20280229');
    expect(lines).toContain('DTEND;VALUE=DATE:20280301');
  });

  it('stamps every event with the DTSTAMP passed in, in UTC', () => {
    expect(values(text, 'DTSTAMP')).toEqual(Array(4).fill('20260115T143005Z'));
  });

  it('is deterministic and keeps UIDs stable across downloads', () => {
    expect(ics()).toBe(text);
    const later = followUpIcs(plan({ include: { drug: true } }), { dtstamp: new Date(Date.UTC(2026, 0, 20)) });
    expect(values(later, 'UID')).toEqual(values(text, 'UID'));
    expect(new Set(values(text, 'UID')).size).toBe(4);
  });

  it("adds a 9 o'clock display reminder by default, another hour or none on request", () => {
    const alarms = unfold(text).match(
      /BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT9H\r\nDESCRIPTION:PA request follow-up: [^\r]+\r\nEND:VALARM/g,
    );
    expect(alarms).toHaveLength(4);
    expect(followUpIcs(plan(), { dtstamp: DTSTAMP, alarmHour: 8 })).toContain('\r\nTRIGGER:PT8H\r\n');
    expect(followUpIcs(plan(), { dtstamp: DTSTAMP, alarmHour: null })).not.toContain('VALARM');
  });

  it('throws for an invalid DTSTAMP (a caller bug)', () => {
    expect(() => followUpIcs(plan(), { dtstamp: new Date(NaN) })).toThrow(RangeError);
  });
});
