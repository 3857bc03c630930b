import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { shadow } from '../components/shadow';
import { noDuplicatePaths, REQUEST, requestFields, requestForm, WITH_THERAPIES } from './request';

/**
 * Whole pages of provider portals around one request form: a second `<form>` in the header (a
 * member search, a quick eligibility check), a review page that shows the entered values as text
 * beside the form it keeps hidden, a sidebar of recent requests, an Angular app root of thousands
 * of layout elements, a Salesforce Lightning page (generated container ids, LWC fields in the light
 * DOM with generated `input-N` ids, a global header search, a utility bar panel) and the ServiceNow
 * Next Experience shell (`macroponent-…` and `sn-polaris-layout` open shadow roots around
 * `iframe#gsft_main`, the classic catalog item form inside: `div#element.IO:<sys_id>` rows with
 * `label[for="IO:<sys_id>"] > span.sn-tooltip-basic` and `input#IO:<sys_id>.cat_item_option`).
 */

const srcdoc = (html: string): string => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('two forms on one page', () => {
  it('reads the request form, not the header’s member search form', () => {
    page(`<nav class="navbar"><form class="d-flex" role="search" action="/members"><input class="form-control me-2" type="search" name="q" placeholder="Member ID" aria-label="Member ID" value="W000111222"><button class="btn btn-outline-success" type="submit">Search</button></form></nav>
      <main class="container">${requestForm()}</main>`);
    expect(read()).toEqual(REQUEST);
  });

  it('reads the request form, not a quick eligibility check form above it', () => {
    page(`<header><form id="quick-elig" action="/eligibility" method="post"><h2>Quick eligibility check</h2>
        <label for="qe-member">Member ID</label><input id="qe-member" name="memberId" value="W000111222">
        <label for="qe-dob">Date of birth</label><input id="qe-dob" name="dob" value="07/21/1961">
        <button type="submit">Check eligibility</button></form></header>
      <main class="container">${requestForm()}</main>`);
    expect(read()).toEqual(REQUEST);
  });
});

describe('a review page beside the hidden form', () => {
  const summary = `<section class="review"><h2>Review your request</h2>
    <dl class="row"><dt class="col-4">Member ID</dt><dd class="col-8">${REQUEST['patient.memberId']}</dd>
    <dt class="col-4">Date of birth</dt><dd class="col-8">${REQUEST['patient.dob']}</dd>
    <dt class="col-4">Weight</dt><dd class="col-8">${REQUEST['patient.weight']} kg</dd>
    <dt class="col-4">Drug</dt><dd class="col-8">${REQUEST['drug.name']}, 150 mg (J0638, NDC ${REQUEST['drug.ndc']})</dd>
    <dt class="col-4">Billing units</dt><dd class="col-8">${REQUEST['drug.units']}</dd>
    <dt class="col-4">Diagnosis</dt><dd class="col-8">M04.1 Cryopyrin-associated periodic syndromes</dd>
    <dt class="col-4">CRP</dt><dd class="col-8">${REQUEST['labs.crpValue']} mg/L on ${REQUEST['labs.crpDate']}</dd>
    <dt class="col-4">Prescriber NPI</dt><dd class="col-8">${REQUEST['prescriber.npi']}</dd></dl>
    <button type="button" class="btn btn-link">Edit</button> <button type="button" class="btn btn-primary">Submit request</button></section>`;

  it('reads the values from the hidden form once, nothing from the summary text', () => {
    page(`<main>${summary}<div style="display: none;">${requestForm('pa', true)}</div></main>`);
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });

  it('reads the hidden form, not the summary, when the summary comes first and the form is hidden by `hidden`', () => {
    page(`<main>${summary}${requestForm().replace('<form ', '<form hidden ')}</main>`);
    expect(read()).toEqual(REQUEST);
  });
});

describe('a sidebar of recent requests', () => {
  it('reads nothing from the sidebar’s table or its filter box', () => {
    page(`<div class="layout"><aside class="sidebar"><h2>Recent requests</h2>
        <input type="search" class="form-control form-control-sm" placeholder="Filter by member ID" aria-label="Filter by member ID" value="">
        <table class="table table-sm"><thead><tr><th>Member ID</th><th>Drug</th><th>Submitted</th><th>Status</th></tr></thead>
        <tbody><tr><td>W000111222</td><td>Humira</td><td>10/14/2026</td><td><span class="badge">Approved</span></td></tr>
          <tr><td>U4829163702</td><td>Kineret</td><td>07/01/2026</td><td><span class="badge">Denied</span></td></tr></tbody></table>
        <a href="/requests">View all</a></aside>
      <main>${requestForm()}</main></div>`);
    expect(read()).toEqual(REQUEST);
  });
});

describe('an Angular app root of thousands of layout elements', () => {
  it('reads the request nested deep in component hosts among thousands of divs', () => {
    const ng = (c: number) => `_ngcontent-ng-c${c}=""`;
    const nav = Array.from(
      { length: 600 },
      (_, i) =>
        `<div ${ng(3)} class="nav-item"><div ${ng(3)} class="nav-link"><div ${ng(3)} class="icon"></div><div ${ng(3)} class="label">${['Authorizations', 'Claims', 'Eligibility', 'Members', 'Referrals'][i % 5]} ${i}</div></div></div>`,
    ).join('');
    const deep = (html: string, levels: number): string =>
      levels ? `<div ${ng(7)} class="layout-${levels} d-flex flex-column">${deep(html, levels - 1)}</div>` : html;
    const fields = requestFields('ng').replace(/<input /g, `<input ${ng(9)} class="ng-untouched ng-pristine ng-valid" `);
    page(`<app-root _nghost-ng-c1="" ng-version="17.3.12"><app-shell ${ng(1)} _nghost-ng-c2=""><mat-sidenav-container ${ng(2)} class="mat-drawer-container mat-sidenav-container">
      <mat-sidenav ${ng(2)} class="mat-drawer mat-sidenav"><div class="mat-drawer-inner-container"><app-nav _nghost-ng-c3="">${nav}</app-nav></div></mat-sidenav>
      <mat-sidenav-content ${ng(2)} class="mat-drawer-content mat-sidenav-content"><router-outlet ${ng(2)}></router-outlet>
        <app-pa-request _nghost-ng-c7="">${deep(`<form ${ng(9)} novalidate class="ng-untouched ng-pristine ng-valid"><h2>Prior authorization request</h2>${fields}<button type="submit">Submit</button></form>`, 30)}</app-pa-request>
      </mat-sidenav-content></mat-sidenav-container></app-shell></app-root>`);
    expect(document.querySelectorAll('div').length).toBeGreaterThan(2000);
    expect(read()).toEqual(REQUEST);
  });
});

describe('CRM and ITSM shells', () => {
  it('Salesforce Lightning page: generated container ids, header search, a utility bar lookup', () => {
    let n = 40;
    const lwc = (label: string, value: string) => {
      const id = `input-${(n += 7)}`;
      return `<lightning-input class="slds-form-element" lightning-input_input=""><label class="slds-form-element__label slds-no-flex" for="${id}">${label}</label><div class="slds-form-element__control slds-grow"><input class="slds-input" id="${id}" type="text" value="${value}"></div></lightning-input>`;
    };
    const section = (title: string, rows: [string, keyof typeof REQUEST][]) =>
      `<div class="slds-section slds-is-open"><h3 class="slds-section__title"><span class="slds-truncate" title="${title}">${title}</span></h3><div class="slds-section__content">${rows.map(([l, p]) => lwc(l, REQUEST[p])).join('')}</div></div>`;
    page(`<div class="desktop container forceStyle oneOne navexDesktopLayoutContainer lafAppLayoutHost forceAccess">
      <header id="oneHeader" class="slds-global-header_container"><div class="slds-global-header slds-grid"><div class="slds-global-header__item slds-global-header__item_search"><div class="forceSearchDesktopHeader"><button type="button" class="slds-button slds-button_neutral search-button slds-truncate" aria-label="Search">Search...</button></div></div></div></header>
      <div class="viewport"><div class="oneCenterStage lafPageHost" id="oneCenterStage_7"><div id="brandBand_2" class="slds-brand-band slds-brand-band_cover slds-template__container">
        <div class="windowViewMode-normal oneContent active lafPageHost"><div class="flexipagePage oneRecordHomeFlexipage2Wrapper"><c-pa-request-form data-data-rendering-service-uid="231" data-aura-rendered-by="1145:0">
          <article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title">New prior authorization</h2></div><div class="slds-card__body slds-card__body_inner">
          ${section('Patient', [
            ['Member ID', 'patient.memberId'],
            ['Date of birth', 'patient.dob'],
            ['Weight (kg)', 'patient.weight'],
          ])}
          ${section('Medication', [
            ['Drug name', 'drug.name'],
            ['HCPCS code', 'drug.hcpcs'],
            ['NDC', 'drug.ndc'],
            ['Dose (mg)', 'drug.dose'],
            ['Billing units', 'drug.units'],
          ])}
          ${section('Clinical', [
            ['ICD-10 code', 'diagnosis.codes.0'],
            ['CRP (mg/L)', 'labs.crpValue'],
            ['CRP collection date', 'labs.crpDate'],
          ])}
          ${section('Prescriber', [['Prescriber NPI', 'prescriber.npi']])}
          </div></article></c-pa-request-form></div></div></div></div></div>
      <div class="oneUtilityBar slds-utility-bar_container" role="footer"><ul class="slds-utility-bar"><li class="slds-utility-bar__item"><button class="slds-button slds-utility-bar__action slds-is-active" aria-pressed="true">Member lookup</button></li></ul>
        <div class="slds-utility-panel slds-is-open" role="dialog" aria-labelledby="panel-heading-01"><div class="slds-utility-panel__header"><h2 id="panel-heading-01">Member lookup</h2></div>
          <div class="slds-utility-panel__body">${lwc('Member ID', 'W000111222')}${lwc('Date of birth', '07/21/1961')}<button class="slds-button slds-button_brand" type="button">Search</button></div></div></div>
    </div>`);
    expect(read()).toEqual(REQUEST);
  });

  it('ServiceNow Next Experience: the classic catalog form in iframe#gsft_main inside the shell’s shadow roots', () => {
    let s = 0;
    const sys = () => `3f1dd0320a0a0b99000a53f7604a2e${(s += 1).toString(16).padStart(2, '0')}`;
    const variable = (label: string, value: string) => {
      const id = `IO:${sys()}`;
      return `<div id="element.${id}" class="form-group" nowrap="true" type="6" choice="0"><div id="label_${id}" class="col-xs-12 col-md-3 col-lg-2 control-label" type="string" choice="0"><span id="status.${id}" class="" mandatory="false" oclass="" aria-label="" title=""></span><label for="${id}" class=" " dir="ltr"><span class="sn-tooltip-basic ">${label}</span></label></div>
        <div class="col-xs-10 col-md-9 col-lg-8 form-field input_controls"><input type="HIDDEN" name="sys_original.${id}" id="sys_original.${id}" value="${value}"><input id="${id}" name="${id}" aria-labelledby="label_${id}" type="text" value="${value}" class="cat_item_option form-control" autocomplete="off"></div></div>`;
    };
    const rows: [string, keyof typeof REQUEST][] = [
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
    const classic = `<form id="sc_cat_item" name="sc_cat_item" method="POST" action="com.glideapp.servicecatalog_cat_item_view.do"><h1 class="h2">Specialty drug prior authorization</h1>
      <table class="container_table"><tbody><tr><td>${rows.map(([l, p]) => variable(l, REQUEST[p])).join('')}</td></tr></tbody></table>
      <button id="oi_order_now_button" type="submit" class="btn btn-primary">Submit</button></form>`;
    page(
      '<macroponent-f51912f4c700201072b211d4d8c26010 app-id="a84adaf4c700201072b211d4d8c260b7"></macroponent-f51912f4c700201072b211d4d8c26010>',
    );
    shadow(
      document,
      'macroponent-f51912f4c700201072b211d4d8c26010',
      () => '<sn-canvas-appshell-root><sn-polaris-layout></sn-polaris-layout></sn-canvas-appshell-root>',
    );
    const mac = document.querySelector('macroponent-f51912f4c700201072b211d4d8c26010')!.shadowRoot!;
    shadow(
      mac,
      'sn-polaris-layout',
      () => `<div class="sn-polaris-layout polaris-enabled"><sn-polaris-header></sn-polaris-header>
      <div class="layout-main"><main class="content-area"><iframe id="gsft_main" name="gsft_main" title="Main Content" srcdoc="${srcdoc(classic)}"></iframe></main></div></div>`,
    );
    const layout = mac.querySelector('sn-polaris-layout')!.shadowRoot!;
    shadow(
      layout,
      'sn-polaris-header',
      () =>
        `<header class="polaris-header"><div class="polaris-header-controls"><sn-search-input-wrapper><div class="sncwsgs-typeahead"><input id="sncwsgs-typeahead-input" type="search" role="combobox" aria-expanded="false" aria-autocomplete="list" placeholder="Search" aria-label="Search" value="" autocomplete="off"></div></sn-search-input-wrapper></div></header>`,
    );
    expect(read()).toEqual(REQUEST);
  });
});
