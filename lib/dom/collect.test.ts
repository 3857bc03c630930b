import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields, realChanges, SignalCache, type Collection } from './collect';

/** A form of fieldsets and a therapy table, as portals build them. */
function page(): void {
  document.body.innerHTML = `
    <h2>Request</h2>
    <form>
      <fieldset><legend>Patient</legend>
        <div class="f"><label for="a1">Weight</label> <input id="a1" name="a1"></div>
        <div class="f"><label for="a2">Date of birth</label> <input id="a2" name="a2"></div>
      </fieldset>
      <fieldset><legend>Medication</legend>
        <div class="f"><label for="b1">Dose</label> <input id="b1" name="b1"></div>
        <div class="f">Billing units <input id="b2" name="b2"></div>
      </fieldset>
      <p>Previous medications tried:</p>
      <table>
        <tr><th>Drug</th><th>Outcome</th></tr>
        <tr><td><input name="t1"></td><td><input name="t2"></td></tr>
      </table>
    </form>`;
}

let observer: MutationObserver | undefined;

/** Records of what the test changed, as the controller's observer would hand them over. */
function watch(): () => MutationRecord[] {
  observer?.disconnect();
  observer = new MutationObserver(() => undefined);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['name', 'id', 'class', 'hidden'] });
  return () => observer?.takeRecords() ?? [];
}

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const signalsOf = (c: Collection, el: Element) => c.fields.find((f) => f.element === el)?.signals;
/** What a scan found, comparable between a cached and a fresh scan. */
const found = (c: Collection) =>
  c.fields.map((f) => ({ element: f.element, kind: f.kind, rowIndex: f.rowIndex, signals: { ...f.signals } }));

afterEach(() => {
  observer?.disconnect();
  document.body.innerHTML = '';
});

describe('which mutation records changed something', () => {
  /** The records `change` makes on a fresh input, observed as the content script observes. */
  function recordsOf(change: (input: HTMLInputElement) => void): MutationRecord[] {
    document.body.innerHTML = '<input id="u" name="units" type="text">';
    const input = document.querySelector<HTMLInputElement>('#u')!;
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeOldValue: true });
    change(input);
    const records = observer.takeRecords();
    observer.disconnect();
    return records;
  }

  it("drops React 19's render of an input: name emptied and restored, type set to what it was", () => {
    const records = recordsOf((input) => {
      input.setAttribute('name', '');
      input.setAttribute('type', 'text');
      input.setAttribute('name', 'units');
    });
    expect(records).toHaveLength(3);
    expect(realChanges(records)).toEqual([]);
  });

  it('keeps a real rename, however many steps it took', () => {
    const records = recordsOf((input) => {
      input.setAttribute('name', '');
      input.setAttribute('name', 'weight');
    });
    expect(realChanges(records)).toHaveLength(2);
  });

  it('keeps an attribute removed and nodes added', () => {
    const records = recordsOf((input) => {
      input.removeAttribute('type');
      input.after(document.createElement('input'));
    });
    expect(realChanges(records).map((r) => r.type)).toEqual(['attributes', 'childList']);
  });
});

describe('re-scanning with a SignalCache', () => {
  it('reuses the signals of fields nothing changed around and reads a changed container again', () => {
    page();
    const cache = new SignalCache();
    const records = watch();
    const before = collectFields(document, cache);
    const row = document.createElement('div');
    row.innerHTML = '<label for="b3">Frequency</label> <input id="b3">';
    byId('b2').parentElement!.after(row);
    cache.invalidate(records());
    const after = collectFields(document, cache);
    expect(signalsOf(after, byId('a1'))).toBe(signalsOf(before, byId('a1')));
    expect(signalsOf(after, byId('b1'))).not.toBe(signalsOf(before, byId('b1')));
    expect(signalsOf(after, byId('b3'))?.labels).toEqual(['Frequency']);
    expect(found(after)).toEqual(found(collectFields(document)));
  });

  it('reads every field again when a label names a field elsewhere', () => {
    page();
    const cache = new SignalCache();
    const records = watch();
    collectFields(document, cache);
    const label = document.createElement('label');
    label.htmlFor = 'a1';
    label.textContent = 'Weight (kg)';
    document.querySelector('table')!.after(label);
    cache.invalidate(records());
    expect(signalsOf(collectFields(document, cache), byId('a1'))?.labels).toEqual(['Weight', 'Weight (kg)']);
  });

  it('reads a field again when text is put before it, after rows were removed and one added outside the fieldsets', () => {
    // a sequence the property below found: happy-dom's closest() then answered with an object
    // other than the node the walk meets, and the changed container was never found
    page();
    const cache = new SignalCache();
    const records = watch();
    const rescan = () => {
      cache.invalidate(records());
      return collectFields(document, cache);
    };
    collectFields(document, cache);
    const rows = () => Array.from(document.querySelectorAll('div.f'));
    rows()[0]!.remove();
    rows()[0]!.remove();
    rescan();
    rows()[0]!.remove();
    document.querySelector('table tr:last-child')!.remove();
    rescan();
    rows()[0]!.remove();
    const div = document.createElement('div');
    div.innerHTML = '<label for="n1">Dose</label> <input id="n1">';
    document.querySelector('fieldset')!.after(div);
    rescan();
    div.querySelector('input')!.before(document.createTextNode(' per kg '));
    expect(signalsOf(rescan(), byId('n1'))?.nearby).toBe('Dose per kg');
  });

  it('keeps every signal when only a class or hidden attribute changed', () => {
    page();
    const cache = new SignalCache();
    const records = watch();
    const before = collectFields(document, cache);
    document.querySelector('fieldset')!.className = 'step-active';
    byId('b1').hidden = true;
    cache.invalidate(records());
    const after = collectFields(document, cache);
    expect(after.fields.map((f) => f.signals)).toEqual(before.fields.map((f) => f.signals));
    expect(after.fields.every((f, i) => f.signals === before.fields[i]?.signals)).toBe(true);
  });

  it('finds what a fresh scan finds after any sequence of edits a portal makes', () => {
    const text = fc.constantFrom('Dose', 'Weight kg', 'NDC', 'Outcome', 'Start date', 'Remarks', 'CRP (mg/L)');
    const edit = fc.oneof(
      fc.record({ op: fc.constant('add-field' as const), at: fc.nat(9), label: text }),
      fc.record({ op: fc.constant('remove-field' as const), at: fc.nat(9) }),
      fc.record({ op: fc.constant('label-text' as const), at: fc.nat(9), label: text }),
      fc.record({ op: fc.constant('note' as const), at: fc.nat(9), label: text }),
      fc.record({ op: fc.constant('rename' as const), at: fc.nat(9), label: text }),
      fc.record({ op: fc.constant('heading' as const), at: fc.nat(3), label: text }),
      fc.record({ op: fc.constant('legend' as const), at: fc.nat(3), label: text }),
      fc.record({ op: fc.constant('add-row' as const) }),
      fc.record({ op: fc.constant('remove-row' as const) }),
      fc.record({ op: fc.constant('header' as const), label: text }),
      fc.record({ op: fc.constant('class' as const), at: fc.nat(9) }),
    );
    let next = 0;
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (batches) => {
        page();
        const cache = new SignalCache();
        const records = watch();
        collectFields(document, cache);
        for (const batch of batches) {
          for (const e of batch) {
            const rows = Array.from(document.querySelectorAll('div.f'));
            const row = rows.length ? rows[('at' in e ? e.at : 0) % rows.length] : undefined;
            const sets = Array.from(document.querySelectorAll('fieldset'));
            const set = sets[('at' in e ? e.at : 0) % sets.length];
            switch (e.op) {
              case 'add-field': {
                const div = document.createElement('div');
                div.className = 'f';
                const id = `n${next++}`;
                div.innerHTML = `<label for="${id}"></label> <input id="${id}">`;
                div.querySelector('label')!.textContent = e.label;
                (row ?? set)?.after(div);
                break;
              }
              case 'remove-field':
                row?.remove();
                break;
              case 'label-text': {
                const label = row?.querySelector('label');
                if (label) label.textContent = e.label;
                break;
              }
              case 'note':
                row?.querySelector('input')?.before(document.createTextNode(` ${e.label} `));
                break;
              case 'rename':
                row?.querySelector('input')?.setAttribute('name', e.label);
                break;
              case 'heading': {
                const h = document.createElement('h3');
                h.textContent = e.label;
                set?.before(h);
                break;
              }
              case 'legend': {
                const legend = set?.querySelector('legend');
                if (legend) legend.textContent = e.label;
                break;
              }
              case 'add-row': {
                const tr = document.createElement('tr');
                tr.innerHTML = '<td><input></td><td><input></td>';
                document.querySelector('table tr')?.after(tr);
                break;
              }
              case 'remove-row':
                document.querySelector('table tr:last-child')?.remove();
                break;
              case 'header': {
                const th = document.querySelector('th');
                if (th) th.textContent = e.label;
                break;
              }
              case 'class':
                row?.classList.toggle('hidden');
                break;
            }
          }
          cache.invalidate(records());
          expect(found(collectFields(document, cache))).toEqual(found(collectFields(document)));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('what names a field', () => {
  const sectionOf = (id: string) => signalsOf(collectFields(document), byId(id))?.section;

  it('reads the text before a field back through a label of text, and stops at a label holding a control', () => {
    document.body.innerHTML = `
      <div>CRP <label for="crp">date</label> <input id="crp"></div>
      <div><label>Urgent <input type="checkbox" name="u"></label> Dose <input id="dose"></div>
      <div><label>Outer <label>inner <button>?</button></label> tail</label> Units <input id="units"></div>`;
    const c = collectFields(document);
    expect(signalsOf(c, byId('crp'))?.nearby).toBe('CRP date');
    expect(signalsOf(c, byId('dose'))?.nearby).toBe('Dose');
    expect(signalsOf(c, byId('units'))?.nearby).toBe('tail Units');
  });

  it("takes no field from a text box holding a radio group's code (REDCap's store), and names the group past it", () => {
    document.body.innerHTML = `<table><tr><td>Frequency</td><td><input name="freq" value="1" class="choicevert0"><div class="choicevert"><input type="radio" id="f1" name="freq___radio" value="1" checked> Every 4 weeks</div><div class="choicevert"><input type="radio" name="freq___radio" value="2"> Every 8 weeks</div></td></tr></table>`;
    const c = collectFields(document);
    expect(c.fields.map((f) => f.kind)).toEqual(['radio']);
    expect(signalsOf(c, byId('f1'))?.nearby).toBe('Frequency');
  });

  it('reads radios one after another in a fieldset, each named apart, as one question; two named pairs stay two', () => {
    document.body.innerHTML = `<fieldset><legend>Frequency</legend><label><input type="radio" name="radio-1" value="q4w"> Every 4 weeks</label><label><input type="radio" name="radio-2" value="q8w" checked> Every 8 weeks</label></fieldset>
      <fieldset><legend>History</legend><input type="radio" name="a" value="y"><input type="radio" name="a" value="n"><input type="radio" name="b" value="y"><input type="radio" name="b" value="n"></fieldset>`;
    const c = collectFields(document);
    expect(c.fields.map((f) => f.options?.map((o) => o.name))).toEqual([
      ['radio-1', 'radio-2'],
      ['a', 'a'],
      ['b', 'b'],
    ]);
  });

  it('joins three boxes named by one prefix glued to day, month and year as one date, and a lone "birthday" as no part', () => {
    document.body.innerHTML = `<label for="dobday">Date of birth</label><div><select id="dobday" name="dobday"><option>14</option></select><select name="dobmonth"><option value="3">Mar</option></select><input name="dobyear" value="1988"></div>
      <div><label for="birthday">Birthday</label><input id="birthday" name="birthday"><label for="w">Weight</label><input id="w" name="weightmonth"><label for="d">Doses</label><input id="d" name="doseyear"></div>`;
    expect(collectFields(document).fields.map((f) => f.kind)).toEqual(['date-parts', 'text', 'text', 'text']);
  });

  it('marks the boxes of a closed <details> hidden (all but its summary), and those of an open one shown', () => {
    document.body.innerHTML = `<details><summary>Previous request <input id="s"></summary><label>Dose <input id="a"></label></details><details open><summary>This request</summary><label>Dose <input id="b"></label></details>`;
    const fields = collectFields(document).fields;
    expect(fields.map((f) => [f.element.id, !!f.hidden])).toEqual([
      ['s', false],
      ['a', true],
      ['b', false],
    ]);
  });

  it("reads a split date's hour and minute boxes named by its prefix with the date, and no field of their own", () => {
    document.body.innerHTML = `<label for="at_day">CRP collected</label><div><select id="at_day" name="at_day"><option>2</option></select><select name="at_month"><option value="11">November</option></select><select name="at_year"><option>2026</option></select><select name="at_hour"><option>09</option></select> : <select name="at_minute"><option>05</option></select></div><label for="w">Weight</label><input id="w" name="weight">`;
    expect(collectFields(document).fields.map((f) => f.kind)).toEqual(['date-parts', 'text']);
  });

  it("ends the text before a field at a control, not at a widget's button out of the tab order", () => {
    document.body.innerHTML = `<div>Weight <span><button tabindex="-1">-</button></span><input id="w"><button>Search</button> Dose <input id="d"></div>`;
    const c = collectFields(document);
    expect(signalsOf(c, byId('w'))?.nearby).toBe('Weight');
    expect(signalsOf(c, byId('d'))?.nearby).toBe('Dose');
  });

  it('names the section by the last heading before the field, not one around or after it', () => {
    document.body.innerHTML = `
      <h2>Patient</h2>
      <div><h3>Medication</h3><p>Dose and units</p></div>
      <div><input id="dose"></div>
      <legend>Outer <input id="inside"> <span role="heading">Inner</span></legend>
      <input id="after">
      <h2>Labs</h2>`;
    expect(sectionOf('dose')).toBe('Medication');
    expect(sectionOf('inside')).toBe('Medication');
    expect(sectionOf('after')).toBe('Outer Inner');
  });

  it('takes the deepest last heading of an earlier container, but a heading itself over the ones it holds', () => {
    document.body.innerHTML = `
      <div><legend>Therapy <span role="heading">history</span></legend></div>
      <input id="a">
      <legend>Therapy <span role="heading">history</span></legend>
      <input id="b">`;
    expect(sectionOf('a')).toBe('history');
    expect(sectionOf('b')).toBe('Therapy history');
  });

  it('reads a shadow root under the heading of the page around its host (Lightning components), and the page after it without the shadow root’s', () => {
    document.body.innerHTML = `<h2>Patient</h2><div id="host"></div><input id="page">`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<input id="first"><h3>Medication</h3><input id="second">`;
    const c = collectFields(document);
    expect(signalsOf(c, shadow.getElementById('first')!)?.section).toBe('Patient');
    expect(signalsOf(c, shadow.getElementById('second')!)?.section).toBe('Medication');
    expect(signalsOf(c, byId('page'))?.section).toBe('Patient');
  });

  it('reads a <label for> that comes after its field, and every label naming it', () => {
    document.body.innerHTML = `<input id="w"><label for="w">Weight</label><p><label for="w">kg</label></p>`;
    expect(signalsOf(collectFields(document), byId('w'))?.labels).toEqual(['Weight', 'kg']);
  });

  it('reads a label that wraps its field, inside another label, as the nearest one', () => {
    document.body.innerHTML = `<label>Outer <label>Dose <input id="d"></label></label>`;
    expect(signalsOf(collectFields(document), byId('d'))?.labels).toEqual(['Dose']);
  });

  it('reads a role on the body as the region every field is in', () => {
    document.body.setAttribute('role', 'region');
    document.body.setAttribute('aria-label', 'Prior authorization');
    document.body.innerHTML = `<input id="x">`;
    expect(sectionOf('x')).toBe('Prior authorization');
    document.body.removeAttribute('role');
    document.body.removeAttribute('aria-label');
  });

  it('reads the column of a field in a cell by the header above it, colspans counted', () => {
    document.body.innerHTML = `
      <table>
        <tr><th colspan="2">Drug</th><th>Outcome</th></tr>
        <tr><td>1</td><td><input id="drug"></td><td><div><input id="outcome"></div></td></tr>
      </table>`;
    const c = collectFields(document);
    expect(signalsOf(c, byId('drug'))?.column).toBe('Drug');
    expect(signalsOf(c, byId('outcome'))?.column).toBe('Outcome');
  });
});

describe('widgets drawn without roles or over a control', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('takes no icon-only or non-date dialog button for a date field, but a button showing a date', () => {
    document.body.innerHTML = `
      <label for="lov">Drug</label><input id="lov"><button aria-haspopup="dialog" aria-label="List of values"><span class="icon"></span></button>
      <button aria-haspopup="dialog">Add medication</button>
      <label for="d">Date collected</label><button id="d" aria-haspopup="dialog">April 15, 2026</button>`;
    expect(collectFields(document).fields.map((f) => `${f.element.localName}:${f.kind}`)).toEqual(['input:text', 'button:combobox']);
  });

  it('reads a row of <td> texts as column headers only right above a row of boxes', () => {
    document.body.innerHTML = `
      <table>
        <tr><td>Patient</td><td>Jane Doe</td></tr>
        <tr><td>Dose</td><td><input id="dose"></td></tr>
        <tr><td>Drug</td><td>Outcome</td></tr>
        <tr><td><input id="drug"></td><td><input id="outcome"></td></tr>
      </table>`;
    const c = collectFields(document);
    expect(signalsOf(c, byId('dose'))?.column).toBeNull();
    expect(signalsOf(c, byId('outcome'))?.column).toBe('Outcome');
  });

  it('reads role-less chips as a chip list only when each has a remove control', () => {
    document.body.innerHTML = `
      <div><span class="tag">Urgent</span><input id="plain"></div>
      <div><span class="tag">M04.1<i class="close"></i></span><span class="tag">R50.9<i class="close"></i></span><input id="codes"></div>`;
    const kinds = collectFields(document).fields.map((f) => f.kind);
    expect(kinds).toEqual(['text', 'chips']);
  });
});
