import { describe, expect, it } from 'vitest';
import { printableHtml, toAddPieces } from './printable';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('printable page', () => {
  it('splits a draft at each fact to add', () => {
    expect(toAddPieces('Name: [[to add: name]]\nDOB: 1/1/2000 [[to add: x]]')).toEqual([
      { text: 'Name: ', toAdd: false },
      { text: '[[to add: name]]', toAdd: true },
      { text: '\nDOB: 1/1/2000 ', toAdd: false },
      { text: '[[to add: x]]', toAdd: true },
    ]);
    expect(toAddPieces('no gaps [[to add: unclosed')).toEqual([{ text: 'no gaps [[to add: unclosed', toAdd: false }]);
  });

  it('holds the draft as text, so typed markup stays text and no script is carried', () => {
    const text = 'Name: <img src=x onerror=alert(1)><script>alert(2)</script> & Co\nNPI: [[to add: NPI]]';
    const html = printableHtml('Letter <draft>', text);
    const doc = parse(html);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.title).toBe('Letter <draft>');
    expect(doc.querySelector('pre')!.textContent).toBe(text);
    expect(doc.querySelectorAll('img, script').length).toBe(0);
    expect([...doc.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['[[to add: NPI]]']);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
  });
});
