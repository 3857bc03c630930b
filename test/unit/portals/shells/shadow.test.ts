import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { shadow } from '../components/shadow';
import { REQUEST } from './request';

/**
 * App shells built of web components with open shadow roots, components inside components.
 * Lit: each `<pa-text-field label value>` renders `<div class="field"><label for="input">…</label>
 * <input id="input" .value>` in its own shadow root (every field's box has the same id, scoped
 * by its root); `<pa-section heading>` renders `<section><h3>…</h3><slot></slot></section>`;
 * `<pa-request-form>` renders a `<form>` around a slot-less template of sections; `<pa-app>`
 * renders the shell (`<pa-top-bar>` with its member search, a `<pa-nav>` and the outlet).
 * Stencil (`shadow: true`): components hydrated with `class="hydrated"`, a field renders
 * `<label htmlFor={inputId}>` with a generated `inputId` ("pa-input-3") and `<input class="native-input">`.
 */

const SECTIONS: [string, [string, keyof typeof REQUEST][]][] = [
  [
    'Patient',
    [
      ['Member ID', 'patient.memberId'],
      ['Date of birth', 'patient.dob'],
      ['Weight (kg)', 'patient.weight'],
    ],
  ],
  [
    'Medication',
    [
      ['Drug name', 'drug.name'],
      ['HCPCS code', 'drug.hcpcs'],
      ['NDC', 'drug.ndc'],
      ['Dose (mg)', 'drug.dose'],
      ['Billing units', 'drug.units'],
    ],
  ],
  [
    'Clinical',
    [
      ['ICD-10 code', 'diagnosis.codes.0'],
      ['CRP (mg/L)', 'labs.crpValue'],
      ['CRP collection date', 'labs.crpDate'],
    ],
  ],
  ['Prescriber', [['Prescriber NPI', 'prescriber.npi']]],
];

function litShell(): void {
  page('<pa-app></pa-app>');
  shadow(
    document,
    'pa-app',
    () => `<pa-top-bar></pa-top-bar><div class="layout"><pa-nav></pa-nav><main><pa-request-form></pa-request-form></main></div>`,
  );
  const app = document.querySelector('pa-app')!.shadowRoot!;
  shadow(
    app,
    'pa-top-bar',
    () => `<header><span class="brand">Provider Portal</span>
    <form class="member-search"><label for="q">Find a member</label><input id="q" type="search" placeholder="Member ID or name" value="W000111222"><button type="submit">Search</button></form>
    <pa-user-menu></pa-user-menu></header>`,
  );
  shadow(app, 'pa-nav', () => `<nav><ul><li><a href="/auth">Authorizations</a></li><li><a href="/claims">Claims</a></li></ul></nav>`);
  shadow(
    app,
    'pa-request-form',
    () => `<form novalidate><h2>Prior authorization request</h2>
    ${SECTIONS.map(([h, fields]) => `<pa-section heading="${h}">${fields.map(([label, path]) => `<pa-text-field label="${label}" data-path="${path}"></pa-text-field>`).join('')}</pa-section>`).join('')}
    <pa-button type="submit">Submit</pa-button></form>`,
  );
  const form = app.querySelector('pa-request-form')!.shadowRoot!;
  shadow(form, 'pa-section', (el) => `<section><h3>${el.getAttribute('heading')}</h3><slot></slot></section>`);
  shadow(
    form,
    'pa-text-field',
    (el) =>
      `<div class="field"><label for="input">${el.getAttribute('label')}</label><input id="input" type="text" value="${REQUEST[el.getAttribute('data-path') as keyof typeof REQUEST]}"></div>`,
  );
  shadow(form, 'pa-button', () => '<button part="button"><slot></slot></button>');
}

let n = 0;
function stencilShell(): void {
  page('<pa-root class="hydrated"></pa-root>');
  shadow(
    document,
    'pa-root',
    () => `<pa-header class="hydrated"></pa-header><ion-content><pa-router-outlet class="hydrated"></pa-router-outlet></ion-content>`,
  );
  const root = document.querySelector('pa-root')!.shadowRoot!;
  shadow(
    root,
    'pa-header',
    () =>
      `<header><div class="search"><input type="search" aria-label="Search members, claims, authorizations" placeholder="Search" value="canakinumab"></div></header>`,
  );
  shadow(root, 'pa-router-outlet', () => `<pa-page-request class="hydrated"></pa-page-request>`);
  const outlet = root.querySelector('pa-router-outlet')!.shadowRoot!;
  shadow(
    outlet,
    'pa-page-request',
    () => `<div class="page"><h1>New prior authorization</h1>
    ${SECTIONS.map(([h, fields]) => `<pa-card class="hydrated" card-title="${h}">${fields.map(([label, path]) => `<pa-input class="hydrated" label="${label}" data-path="${path}"></pa-input>`).join('')}</pa-card>`).join('')}</div>`,
  );
  const pg = outlet.querySelector('pa-page-request')!.shadowRoot!;
  shadow(
    pg,
    'pa-card',
    (el) =>
      `<div class="card"><div class="card-title">${el.getAttribute('card-title')}</div><div class="card-body"><slot></slot></div></div>`,
  );
  shadow(pg, 'pa-input', (el) => {
    const id = `pa-input-${(n += 1)}`;
    return `<div class="pa-input"><label class="pa-input__label" htmlFor="${id}" for="${id}">${el.getAttribute('label')}</label><input class="native-input" id="${id}" value="${REQUEST[el.getAttribute('data-path') as keyof typeof REQUEST]}"></div>`;
  });
}

describe('web-component app shells (open shadow roots, components in components)', () => {
  it('Lit: reads every field of a form three shadow roots deep, not the top bar’s member search', () => {
    litShell();
    expect(read()).toEqual(REQUEST);
  });

  it('Stencil: reads every field of a page in a router outlet, not the header’s search', () => {
    stencilShell();
    expect(read()).toEqual(REQUEST);
  });
});
