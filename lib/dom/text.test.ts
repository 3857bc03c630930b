import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, hiddenByMarkup, MAX_LABEL, normalizeLabel, splitIdentifier } from './text';

/** Texts a label or id can hold: words, runs and kinds of whitespace, stars, colons, quotes,
 *  separators, bidi controls and letters outside ASCII. */
const text = fc.oneof(
  fc
    .array(
      fc.constantFrom(
        'a',
        'B',
        'z1',
        ' ',
        '  ',
        '\t',
        '\n',
        '\u00a0',
        '\u2028',
        '\u3000',
        '*',
        ':',
        '’',
        '`',
        '_',
        '-',
        '.',
        '[',
        ']',
        '\u200f',
        '\u202e',
        '\u2066',
        'é',
        '中',
      ),
      { maxLength: 16 },
    )
    .map((parts) => parts.join('')),
  fc.string(),
);

// the helpers as first written, one pass per rule: the quick paths must answer the same
const collapse = (t: string): string => t.replace(/\s+/g, ' ');
const stripBidi = (t: string): string => t.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');

describe('label text helpers', () => {
  it('cleans any text as collapsing spaces, dropping bidi controls, trimming and capping would', () => {
    fc.assert(
      fc.property(text, (t) => {
        const slow = collapse(stripBidi(t.slice(0, MAX_LABEL * 4)))
          .trim()
          .slice(0, MAX_LABEL);
        expect(clean(t)).toBe(slow === '' ? null : slow);
      }),
      { numRuns: 3000 },
    );
    expect(clean(`  ${'x'.repeat(500)}  `)).toBe('x'.repeat(MAX_LABEL));
  });

  it('normalizes any label as lowering, straightening quotes, dropping stars and colons and collapsing would', () => {
    fc.assert(
      fc.property(text, (t) => {
        const slow = collapse(t.toLowerCase().replace(/[’‘`]/g, "'").replace(/[*:]+/g, ' ')).trim();
        expect(normalizeLabel(t)).toBe(slow);
      }),
      { numRuns: 3000 },
    );
  });

  it('splits any identifier as breaking camel case and separators into words would', () => {
    fc.assert(
      fc.property(text, (id) => {
        const words = id
          .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
          .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
          .replace(/[_\-.:[\]]+/g, ' ')
          .toLowerCase();
        expect(splitIdentifier(id)).toBe(clean(words));
      }),
      { numRuns: 3000 },
    );
    expect(splitIdentifier('g12')).toBe('g12');
    expect(splitIdentifier('a'.repeat(MAX_LABEL + 1))).toBe('a'.repeat(MAX_LABEL));
  });
});

describe('elements hidden by their own markup', () => {
  const el = (attrs: string): Element => {
    document.body.innerHTML = `<div ${attrs}></div>`;
    return document.body.firstElementChild!;
  };

  it('knows closed popups, hidden form items and inline visibility by their markup', () => {
    for (const attrs of [
      'class="ui-popup-container ui-popup-hidden"',
      'class="ant-select-dropdown ant-select-dropdown-hidden"',
      'class="ant-form-item ant-form-item-hidden"',
      'class="govuk-radios__conditional govuk-radios__conditional--hidden"',
      'style="height: auto; visibility: hidden; top: 100%"',
      'style="display: none"',
      'hidden',
      'class="question-container ls-irrelevant ls-hidden"',
      'class="accordion-collapse collapse"',
    ])
      expect(hiddenByMarkup(el(attrs)), attrs).toBe(true);
  });

  it('takes no class that hides only a part or an overflow for a hidden element', () => {
    for (const attrs of [
      'class="formio-component formio-component-label-hidden"',
      'class="overflow-hidden"',
      'class="visually-hidden"',
      'class="error-icon-hidden"',
      'style="overflow: hidden"',
      'class="accordion-collapse collapse show"',
      'class="panel-collapse collapse in"',
      'class="collapsing"',
    ])
      expect(hiddenByMarkup(el(attrs)), attrs).toBe(false);
  });
});
