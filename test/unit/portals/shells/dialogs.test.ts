import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import {
  clinicalPart,
  drugPart,
  noDuplicatePaths,
  patientPart,
  prescriberPart,
  REQUEST,
  requestFields,
  requestForm,
  WITH_THERAPIES,
} from './request';

/**
 * The request opened in a modal over a list page that keeps inputs of its own: a global search
 * box in the header, a filter form over the "Authorization requests" list (Member ID, Submitted
 * from, Status, [Apply filters]: a filter, not a search button) and the "My profile" panel of the
 * signed-in provider (name, NPI, phone). Modals as built: the native `<dialog open>`; a
 * `div[role=dialog][aria-modal=true]` (Headless UI / Radix style, portalled to the body's end); a
 * Bootstrap 5 modal (`div.modal.fade.show[role=dialog][aria-modal=true][style="display: block;"]`
 * > `.modal-dialog` > `.modal-content` > header / `form` > `.modal-body` / footer) followed by
 * `div.modal-backdrop.fade.show`; an MUI Dialog portalled to the end of the body, the app root
 * `#root` made `aria-hidden="true"` while it is open (ModalManager), with `div.MuiDialog-root
 * .MuiModal-root[role=presentation]` > `div.MuiBackdrop-root[aria-hidden=true]`, focus sentinels
 * (`div[tabindex=0][data-testid=sentinelStart]`), `div.MuiDialog-container[role=presentation]` >
 * `div.MuiPaper-root.MuiDialog-paper[role=dialog][aria-labelledby]` > `h2.MuiDialogTitle-root`,
 * `div.MuiDialogContent-root` of TextFields (`label.MuiInputLabel-root[for=":r7:"]`,
 * `div.MuiInputBase-root` > `input.MuiInputBase-input#:r7:` + `fieldset.MuiOutlinedInput-notchedOutline
 * [aria-hidden=true]` > `legend` > `span`), `div.MuiDialogActions-root`.
 */

const background = `<header class="topbar"><a href="/" class="brand">Provider Portal</a>
    <div class="global-search"><input type="search" aria-label="Search" placeholder="Search members, claims, authorizations" value="Ilaris"></div>
    <button type="button" class="avatar" aria-haspopup="true">DW</button></header>
  <div class="page">
  <aside class="profile"><h2>My profile</h2><form id="profile">
    <div class="form-group"><label for="pf-name">Name</label><input id="pf-name" value="Dana Whitfield, RN"></div>
    <div class="form-group"><label for="pf-npi">NPI</label><input id="pf-npi" value="1992837465"></div>
    <div class="form-group"><label for="pf-phone">Phone</label><input id="pf-phone" value="5550134477"></div>
    <button type="submit">Save profile</button></form></aside>
  <main><h1>Authorization requests</h1>
    <form class="filters" id="filters"><h2>Filter requests</h2>
      <div class="form-group"><label for="f-member">Member ID</label><input id="f-member" value="W000111222"></div>
      <div class="form-group"><label for="f-drug">Drug name</label><input id="f-drug" value="Humira"></div>
      <div class="form-group"><label for="f-from">Submitted from</label><input id="f-from" value="10/01/2026"></div>
      <div class="form-group"><label for="f-status">Status</label><select id="f-status"><option>All</option><option selected>Pending</option><option>Approved</option></select></div>
      <button type="submit">Apply filters</button> <button type="reset">Clear</button></form>
    <table class="table"><thead><tr><th>Reference</th><th>Member</th><th>Drug</th><th>Status</th></tr></thead>
      <tbody><tr><td>PA-20931</td><td>W000111222</td><td>Humira</td><td>Pending</td></tr></tbody></table>
    <button type="button" class="btn btn-primary">New request</button></main></div>`;

const muiField = (
  id: string,
  label: string,
  value: string,
) => `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root css-feqhe6">
  <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary MuiFormLabel-filled css-113d811" data-shrink="true" for="${id}" id="${id}-label">${label}</label>
  <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl css-md26zr"><input aria-invalid="false" id="${id}" type="text" class="MuiInputBase-input MuiOutlinedInput-input css-1pk1fka" value="${value}"><fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-5v2ak0"><legend class="css-w4cd9x"><span>${label}</span></legend></fieldset></div></div>`;

const MUI_FIELDS: [string, keyof typeof REQUEST][] = [
  ['Member ID', 'patient.memberId'],
  ['Date of birth', 'patient.dob'],
  ['Weight (kg)', 'patient.weight'],
  ['Drug name', 'drug.name'],
  ['HCPCS code', 'drug.hcpcs'],
  ['NDC', 'drug.ndc'],
  ['Dose (mg)', 'drug.dose'],
  ['Billing units', 'drug.units'],
  ['ICD-10 code', 'diagnosis.codes.0'],
  ['CRP (mg/L)', 'labs.crpValue'],
  ['CRP collection date', 'labs.crpDate'],
  ['Prescriber NPI', 'prescriber.npi'],
];

describe('the request in a modal over a page with inputs of its own', () => {
  it('native <dialog open> holding a <form method="dialog">', () => {
    page(
      `${background}<dialog open aria-labelledby="dlg-t"><h2 id="dlg-t">New prior authorization</h2>${requestForm().replace('<form ', '<form method="dialog" ')}</dialog>`,
    );
    expect(read()).toEqual(REQUEST);
    noDuplicatePaths();
  });

  it('two non-modal dialogs holding the request take nothing from the page behind them', () => {
    page(
      `${background}<dialog open aria-label="New prior authorization"><form method="dialog">${patientPart()}${drugPart()}${clinicalPart()}</form></dialog>` +
        `<dialog open aria-label="Prescriber"><form method="dialog">${prescriberPart()}</form></dialog>`,
    );
    expect(read()).toEqual(REQUEST);
    noDuplicatePaths();
  });

  it('div[role=dialog][aria-modal=true] with no <form>, portalled to the end of the body', () => {
    page(`${background}<div data-headlessui-portal=""><div class="fixed inset-0 bg-black/30" aria-hidden="true"></div>
      <div role="dialog" aria-modal="true" aria-labelledby="hd-title" id="headlessui-dialog-:r3:" data-headlessui-state="open" class="fixed inset-0 flex items-center justify-center">
        <div class="panel" id="headlessui-dialog-panel-:r5:"><h2 id="hd-title">New prior authorization</h2>${requestFields('hd')}
        <div class="mt-4"><button type="button">Cancel</button><button type="button">Submit request</button></div></div></div></div>`);
    expect(read()).toEqual(REQUEST);
  });

  it('Bootstrap 5 modal (.modal.show) with its form around the body and footer', () => {
    page(`${background}<div class="modal fade show" id="paModal" tabindex="-1" aria-labelledby="paModalLabel" aria-modal="true" role="dialog" style="display: block;">
      <div class="modal-dialog modal-lg modal-dialog-scrollable"><div class="modal-content">
        <div class="modal-header"><h1 class="modal-title fs-5" id="paModalLabel">New prior authorization</h1><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button></div>
        <form id="bs-form"><div class="modal-body">${requestFields('bs')}</div>
        <div class="modal-footer"><button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Close</button><button type="submit" class="btn btn-primary">Submit</button></div></form>
      </div></div></div><div class="modal-backdrop fade show"></div>`);
    expect(read()).toEqual(REQUEST);
  });

  it('MUI Dialog portalled to the end of the body, the app root aria-hidden', () => {
    page(`<div id="root" aria-hidden="true">${background}</div>
      <div role="presentation" class="MuiDialog-root MuiModal-root css-126xj0f"><div aria-hidden="true" class="MuiBackdrop-root MuiModal-backdrop css-919eu4" style="opacity: 1; transition: opacity 225ms cubic-bezier(0.4, 0, 0.2, 1) 0ms;"></div>
      <div tabindex="0" data-testid="sentinelStart"></div>
      <div class="MuiDialog-container MuiDialog-scrollPaper css-ekeie0" role="presentation" tabindex="-1" style="opacity: 1; transition: opacity 225ms cubic-bezier(0.4, 0, 0.2, 1) 0ms;">
        <div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation24 MuiDialog-paper MuiDialog-paperScrollPaper MuiDialog-paperWidthMd MuiDialog-paperFullWidth css-maa7c0" role="dialog" aria-labelledby=":r3:">
          <h2 class="MuiTypography-root MuiTypography-h6 MuiDialogTitle-root css-bdhsul" id=":r3:">New prior authorization</h2>
          <div class="MuiDialogContent-root css-1ty026z">${MUI_FIELDS.map(([label, path], i) => muiField(`:r${(i + 5).toString(36)}:`, label, REQUEST[path])).join('')}</div>
          <div class="MuiDialogActions-root MuiDialogActions-spacing css-14b29qc"><button class="MuiButtonBase-root MuiButton-root MuiButton-text" tabindex="0" type="button">Cancel</button><button class="MuiButtonBase-root MuiButton-root MuiButton-contained" tabindex="0" type="button">Submit</button></div>
        </div></div>
      <div tabindex="0" data-testid="sentinelEnd"></div></div>`);
    expect(read()).toEqual(REQUEST);
  });
});

describe('one input of the page behind at a time, the request in an MUI Dialog', () => {
  const mui = `<div role="presentation" class="MuiDialog-root MuiModal-root"><div aria-hidden="true" class="MuiBackdrop-root MuiModal-backdrop"></div>
    <div class="MuiDialog-container MuiDialog-scrollPaper" role="presentation" tabindex="-1">
      <div class="MuiPaper-root MuiDialog-paper MuiDialog-paperWidthMd" role="dialog" aria-labelledby=":r3:">
        <h2 class="MuiTypography-root MuiDialogTitle-root" id=":r3:">New prior authorization</h2>
        <div class="MuiDialogContent-root">${MUI_FIELDS.map(([label, path], i) => muiField(`:r${(i + 5).toString(36)}:`, label, REQUEST[path])).join('')}</div>
      </div></div></div>`;

  it('a global search box (type=search, no button) in the header', () => {
    page(
      `<div id="root" aria-hidden="true"><header><input type="search" aria-label="Search" placeholder="Search members, claims, authorizations" value="U4829163702"></header></div>${mui}`,
    );
    expect(read()).toEqual(REQUEST);
  });

  it('a list filter form ([Apply filters], not a search)', () => {
    page(`<div id="root" aria-hidden="true">${background.replace(/<aside[\s\S]*?<\/aside>/, '')}</div>${mui}`);
    expect(read()).toEqual(REQUEST);
  });

  it("the signed-in provider's profile form", () => {
    page(`<div id="root" aria-hidden="true">${background.replace(/<main>[\s\S]*?<\/main>/, '')}</div>${mui}`);
    expect(read()).toEqual(REQUEST);
  });
});

describe('a lookup dialog opened over the request form', () => {
  it('reads the request behind, not the dialog’s drug search or its results', () => {
    page(`<main>${requestForm()}</main>
      <div class="modal fade show" role="dialog" aria-modal="true" aria-labelledby="ndcTitle" style="display: block;"><div class="modal-dialog"><div class="modal-content">
        <div class="modal-header"><h5 class="modal-title" id="ndcTitle">Find NDC</h5><button type="button" class="btn-close" aria-label="Close"></button></div>
        <div class="modal-body"><div class="input-group"><label for="ndc-q" class="form-label">Drug name</label><input id="ndc-q" class="form-control" value="canakinumab"><button class="btn btn-outline-secondary" type="button">Search</button></div>
          <table class="table"><thead><tr><th>NDC</th><th>Description</th><th></th></tr></thead>
          <tbody><tr><td>00078-0734-61</td><td>ILARIS 150 MG/ML VIAL</td><td><button type="button" class="btn btn-sm">Select</button></td></tr></tbody></table></div>
      </div></div></div>`);
    expect(read()).toEqual(REQUEST);
  });
});

describe('a closed Bootstrap modal kept in the page', () => {
  const addTherapy = (
    style: string,
  ) => `<div class="modal fade" id="addTherapy" tabindex="-1" aria-labelledby="addTherapyLabel" aria-hidden="true"${style}>
    <div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h1 class="modal-title fs-5" id="addTherapyLabel">Add prior therapy</h1><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button></div>
      <div class="modal-body">
        <div class="mb-3"><label for="at-drug" class="form-label">Medication</label><input id="at-drug" class="form-control" value=""></div>
        <div class="mb-3"><label for="at-dose" class="form-label">Dose</label><input id="at-dose" class="form-control" value=""></div>
        <div class="mb-3"><label for="at-start" class="form-label">Start date</label><input id="at-start" class="form-control" value=""></div>
        <div class="mb-3"><label for="at-stop" class="form-label">Stop date</label><input id="at-stop" class="form-control" value=""></div>
        <div class="mb-3"><label for="at-outcome" class="form-label">Outcome</label><input id="at-outcome" class="form-control" value=""></div></div>
      <div class="modal-footer"><button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Cancel</button><button type="button" class="btn btn-primary">Add</button></div></div></div></div>`;

  it('reads no extra prior therapy from a never-opened "Add prior therapy" modal (hidden by the style sheet)', () => {
    page(`<main>${requestForm('pa', true)}</main>${addTherapy('')}`);
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });

  it('reads no extra prior therapy from an "Add prior therapy" modal closed after use (display: none)', () => {
    page(`<main>${requestForm('pa', true)}</main>${addTherapy(' style="display: none;"')}`);
    expect(read()).toEqual(WITH_THERAPIES);
  });
});
