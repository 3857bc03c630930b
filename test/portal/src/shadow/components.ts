/**
 * Two web components whose fields live in OPEN shadow roots, so a reader has to walk into
 * `element.shadowRoot`. `<label for>` works inside a root but not across it, which is exactly
 * what makes these fields harder to read than light-DOM ones.
 */

interface FieldSpec {
  testId: string;
  label: string;
  placeholder?: string;
  /** a unit select beside the input */
  units?: { testId: string; label: string; options: string[] };
}

const STYLE = `
  :host { display: block; border: 1px solid #9db3cc; border-radius: 6px; padding: 0.8rem 1rem; margin: 1rem 0; background: #fff; }
  h2 { margin: 0 0 0.6rem; font-size: 1rem; color: #00549f; }
  .f { display: grid; grid-template-columns: 14rem 1fr; gap: 0.4rem; align-items: center; margin-bottom: 0.4rem; }
  input, select { font: inherit; padding: 0.3rem; }
`;

function buildSection(root: ShadowRoot, title: string, fields: FieldSpec[]): void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  const heading = document.createElement('h2');
  heading.textContent = title;
  root.append(style, heading);
  fields.forEach((spec, i) => {
    const row = document.createElement('div');
    row.className = 'f';
    const id = `c${i}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = spec.label;
    const input = document.createElement('input');
    input.type = 'text';
    input.id = id;
    input.dataset.testId = spec.testId;
    if (spec.placeholder) input.placeholder = spec.placeholder;
    const cell = document.createElement('span');
    cell.append(input);
    if (spec.units) {
      const select = document.createElement('select');
      select.dataset.testId = spec.units.testId;
      select.setAttribute('aria-label', spec.units.label);
      for (const unit of spec.units.options) select.add(new Option(unit, unit));
      cell.append(' ', select);
    }
    row.append(label, cell);
    root.append(row);
  });
}

class DrugDetails extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    buildSection(this.attachShadow({ mode: 'open' }), 'Medication', [
      { testId: 'med-name', label: 'Medication requested' },
      { testId: 'med-jcode', label: 'J-Code / HCPCS' },
      { testId: 'med-ndc', label: 'NDC' },
      { testId: 'med-dose', label: 'Dose', units: { testId: 'med-dose-unit', label: 'Dose unit', options: ['mg', 'mL'] } },
      { testId: 'med-units', label: 'Billing units / Quantity' },
    ]);
  }
}

class LabResult extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    buildSection(this.attachShadow({ mode: 'open' }), 'Laboratory results', [
      { testId: 'crp-value', label: 'CRP result', units: { testId: 'crp-unit', label: 'CRP unit', options: ['mg/L', 'mg/dL'] } },
      { testId: 'crp-date', label: 'CRP collection date', placeholder: 'MM/DD/YYYY' },
      { testId: 'crp-reference-range', label: 'CRP reference range' },
    ]);
  }
}

customElements.define('pa-drug-details', DrugDetails);
customElements.define('pa-lab-result', LabResult);
