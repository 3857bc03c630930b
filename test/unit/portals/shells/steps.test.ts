import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { clinicalPart, drugPart, noDuplicatePaths, patientPart, prescriberPart, REQUEST, therapiesPart, WITH_THERAPIES } from './request';

/**
 * One request split over steps, tabs or accordion panels, the parts not shown kept in the page
 * (so they are the same request: each path read once, from its part).
 * - a wizard whose inactive steps are `inert` (and `aria-hidden`), as React/Vue apps keep steps mounted;
 * - MUI's vertical Stepper with `StepContent TransitionProps={{ unmountOnExit: false }}`: each step
 *   `div.MuiStep-root.MuiStep-vertical` > `span.MuiStepLabel-root` + `div.MuiStepContent-root` >
 *   `div.MuiCollapse-root.MuiCollapse-vertical` (`MuiCollapse-hidden` and `visibility: hidden;
 *   min-height: 0px` when closed, `MuiCollapse-entered` when open) > `.MuiCollapse-wrapper` >
 *   `.MuiCollapse-wrapperInner`;
 * - WAI-ARIA tabs as MUI/Headless UI render them: `div[role=tablist]` of `button[role=tab]
 *   [aria-selected][aria-controls]`, `div[role=tabpanel][aria-labelledby]`, inactive panels `hidden`;
 * - Bootstrap 5 tabs: `ul.nav.nav-tabs[role=tablist]`, `div.tab-content` > `div.tab-pane.fade`
 *   (`show active` on the shown one; the others are hidden by the style sheet only);
 * - `<details>`/`<summary>` sections, only the first `open`;
 * - a Bootstrap 5 accordion: `.accordion-item` > `h2.accordion-header` > `button.accordion-button
 *   .collapsed[data-bs-toggle=collapse][aria-expanded=false]` + `div.accordion-collapse.collapse`
 *   (`show` on the open one) > `.accordion-body`.
 * The prior-therapy table keeps its hidden template row (`tr.template[hidden]`) in every layout.
 */

const PARTS: [string, string][] = [
  ['Patient', patientPart('s')],
  ['Medication', drugPart('s')],
  ['Clinical', `${clinicalPart('s')}${therapiesPart('s')}`],
  ['Prescriber', prescriberPart('s')],
];

describe('wizard steps kept in the page', () => {
  it('reads every step when inactive steps are inert and aria-hidden', () => {
    page(`<form id="wizard"><ol class="progress">${PARTS.map(([t], i) => `<li${i === 2 ? ' aria-current="step"' : ''}>${t}</li>`).join('')}</ol>
      ${PARTS.map(([t, html], i) => `<section class="step" data-step="${t}"${i === 2 ? '' : ' inert aria-hidden="true"'}>${html}</section>`).join('')}
      <button type="button">Back</button><button type="button">Next</button></form>`);
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });

  it('MUI vertical Stepper with every StepContent mounted, the inactive ones collapsed', () => {
    page(`<form><div class="MuiStepper-root MuiStepper-vertical css-1lx4xn0">
      ${PARTS.map(
        (
          [t, html],
          i,
        ) => `${i ? '<div class="MuiStepConnector-root MuiStepConnector-vertical"><span class="MuiStepConnector-line MuiStepConnector-lineVertical"></span></div>' : ''}
        <div class="MuiStep-root MuiStep-vertical${i < 1 ? ' Mui-completed' : ''}"><span class="MuiStepLabel-root MuiStepLabel-vertical"><span class="MuiStepLabel-iconContainer"><svg class="MuiSvgIcon-root MuiStepIcon-root" aria-hidden="true"><circle cx="12" cy="12" r="12"></circle><text class="MuiStepIcon-text" x="12" y="12">${i + 1}</text></svg></span><span class="MuiStepLabel-labelContainer"><span class="MuiStepLabel-label${i === 1 ? ' Mui-active' : ''}">${t}</span></span></span>
          <div class="MuiStepContent-root"><div class="MuiCollapse-root MuiCollapse-vertical ${i === 1 ? 'MuiCollapse-entered' : 'MuiCollapse-hidden'}" style="min-height: 0px;${i === 1 ? ' height: auto;' : ' visibility: hidden;'}"><div class="MuiCollapse-wrapper MuiCollapse-vertical"><div class="MuiCollapse-wrapperInner MuiCollapse-vertical">
            ${html}<div class="actions"><button class="MuiButton-root" type="button">Continue</button></div>
          </div></div></div></div></div>`,
      ).join('')}</div></form>`);
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });
});

describe('tabs', () => {
  it('WAI-ARIA tabs whose inactive panels are hidden', () => {
    page(`<form><div role="tablist" aria-label="Request sections">${PARTS.map(([t], i) => `<button type="button" role="tab" id="tab-${i}" aria-selected="${i === 0}" aria-controls="panel-${i}" tabindex="${i === 0 ? 0 : -1}">${t}</button>`).join('')}</div>
      ${PARTS.map(([, html], i) => `<div role="tabpanel" id="panel-${i}" aria-labelledby="tab-${i}" tabindex="0"${i === 0 ? '' : ' hidden'}>${html}</div>`).join('')}
      <button type="submit">Submit</button></form>`);
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });

  it('Bootstrap 5 tabs (inactive panes hidden by the style sheet)', () => {
    page(`<form><ul class="nav nav-tabs" id="paTabs" role="tablist">${PARTS.map(([t], i) => `<li class="nav-item" role="presentation"><button class="nav-link${i === 0 ? ' active' : ''}" id="t${i}-tab" data-bs-toggle="tab" data-bs-target="#t${i}-pane" type="button" role="tab" aria-controls="t${i}-pane" aria-selected="${i === 0}"${i ? ' tabindex="-1"' : ''}>${t}</button></li>`).join('')}</ul>
      <div class="tab-content" id="paTabsContent">${PARTS.map(([, html], i) => `<div class="tab-pane fade${i === 0 ? ' show active' : ''}" id="t${i}-pane" role="tabpanel" aria-labelledby="t${i}-tab" tabindex="0">${html}</div>`).join('')}</div>
      <button type="submit" class="btn btn-primary">Submit</button></form>`);
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });
});

describe('accordions', () => {
  it('<details> sections, all but the first collapsed', () => {
    page(`<form>${PARTS.map(([t, html], i) => `<details class="section"${i === 0 ? ' open' : ''}><summary>${t}</summary><div class="section-body">${html}</div></details>`).join('')}
      <button type="submit">Submit</button></form>`);
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });

  it('Bootstrap 5 accordion, all but the first collapsed', () => {
    page(
      `<form><div class="accordion" id="paAccordion">${PARTS.map(
        (
          [t, html],
          i,
        ) => `<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button${i ? ' collapsed' : ''}" type="button" data-bs-toggle="collapse" data-bs-target="#c${i}" aria-expanded="${i === 0}" aria-controls="c${i}">${t}</button></h2>
        <div id="c${i}" class="accordion-collapse collapse${i === 0 ? ' show' : ''}" data-bs-parent="#paAccordion"><div class="accordion-body">${html}</div></div></div>`,
      ).join('')}</div><button type="submit" class="btn btn-primary">Submit</button></form>`,
    );
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });
});

describe('the request part a hidden step holds and nothing else', () => {
  it('reads the patient part from an inert step when the shown step is the review (text only)', () => {
    page(`<form><section class="step" inert aria-hidden="true">${patientPart('s')}</section>
      <section class="step"><h2>Review</h2><dl><dt>Member ID</dt><dd>${REQUEST['patient.memberId']}</dd><dt>Date of birth</dt><dd>${REQUEST['patient.dob']}</dd><dt>Weight</dt><dd>${REQUEST['patient.weight']} kg</dd></dl>
      <button type="submit">Submit</button></section></form>`);
    expect(read()).toEqual({
      'patient.memberId': REQUEST['patient.memberId'],
      'patient.dob': REQUEST['patient.dob'],
      'patient.weight': REQUEST['patient.weight'],
    });
  });
});
