import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Dolibarr ERP/CRM (Dolibarr/dolibarr; the stored files read: htdocs/core/tpl/objectline_create.tpl.php at e0ebe85,
 * htdocs/core/tpl/commonfields_add.tpl.php at 1cfd561, htdocs/core/lib/ajax.lib.php (ajax_combobox), the selectDate
 * of htdocs/core/class/html.form.class.php, htdocs/modulebuilder/template/myobject_card.php and myobject_list.php;
 * the snapshot was too large to fetch whole, so the theme (eldy) classes are as those files print them):
 * - a ModuleBuilder object's create card: `form[method=POST]` (hidden token/action/backtopage), `div.tabBar.tabBarWithBottom >
 *   table.border.centpercent.tableforfieldcreate` of `tr.field_<key> > td.titlefieldcreate(.fieldrequired)` label (a help
 *   text as `$form->textwithpicto`: the label + a `span.classfortooltip[title]` info icon) + `td.valuefieldcreate`
 *   holding `showInputField`: varchar `input.flat.minwidth400.maxwidthonsmartphone[name=id=<key>]`; then the
 *   Create/Cancel submit inputs in `div.center`.
 * - errors: setEventMessages' jnotify box (`div.jnotify-container > div.jnotify-notification-error > div.jnotify-message`)
 *   drawn at the top of body.
 * - selectDate, default popup calendar (jQuery UI): `input#<p>[name=<p>].maxwidthdate.center[maxlength=11]` showing
 *   "03/14/1988" (en_US FormatDateShortInput), jQuery UI's `img.ui-datepicker-trigger` after it, hidden `<p>day`,
 *   `<p>month`, `<p>year` inputs, a "Now" `button.dpInvisibleButtons.datenowlink`; `div#ui-datepicker-div` at the end
 *   of body. With MAIN_POPUP_CALENDAR=none: `select#<p>day` (1..31), `select#<p>month` (Jan..Dec, values 1..12) and
 *   `select#<p>year` (or, empty, `input#<p>year[type=number][placeholder=Year]`, with "&nbsp;" options value 0 chosen).
 * - ajax_combobox (select2 4.0.13, `containerCssClass`/`selectionCssClass: ':all:'`, `dropdownCssClass: 'ui-dialog'`,
 *   templateSelection wrapping the empty choice (-1) in `span.placeholder`): the select classed
 *   `select2-hidden-accessible[tabindex=-1][aria-hidden=true]`, then `span.select2.select2-container--default >
 *   span.selection > span.select2-selection--single[role=combobox][aria-labelledby] > span.select2-selection__rendered
 *   [role=textbox][title]`; multiselectarray: `span.select2-selection--multiple > ul.select2-selection__rendered` of
 *   `li.select2-selection__choice[title]` ("×" remove span first) + `li.select2-search--inline > input.select2-search__field`;
 *   the open dropdown a `span.select2-container--open` at the end of body > `span.select2-dropdown.ui-dialog` >
 *   `span.select2-search--dropdown > input.select2-search__field` + `ul.select2-results__options[role=listbox]`.
 * - an order/proposal card's lines form `form#addproduct[method=POST]` > `table#tablelines.noborder.noshadow`:
 *   objectline_title's `tr.liste_titre` (Description, VAT, U.P. (net), Qty, Disc., Total (excl.)), the lines
 *   `tr.drag.drop.oddeven` of text, objectline_create's "Add new line" `tr.liste_titre` and its
 *   `tr.pair.nodrag.nodrop.nohoverpair` of boxes (free/predefined radios, type select, product select2 `idprod`,
 *   `textarea#dp_desc`, `select#tva_tx`, `input#price_ht`, `input#qty` = 1, `input#remise_percent`, Add submit).
 * - objectline_edit: the edited line `tr.oddeven.tredited` (hidden lineid, the product link, `textarea#product_desc`,
 *   `select#tva_tx`, `input#price_ht`, `input#qty`, `input#remise_percent`, Save/Cancel submits).
 * - a list (myobject_list.php): `form#searchFormList[method=POST]` > `table.tagtable.liste` whose FIRST row is the
 *   filters (`tr.liste_titre_filter > td.liste_titre > input.flat[name=search_<key>]`, the search/remove-filter
 *   buttons), then the titles (`tr.liste_titre > th.wrapcolumntitle.liste_titre > a`), then `tr.oddeven` rows of text.
 */

const row = (key: string, label: string, control: string, o: { required?: boolean; help?: string } = {}) =>
  `<tr class="field_${key}"><td class="titlefieldcreate${o.required ? ' fieldrequired' : ''}">${
    o.help
      ? `<span class="nowraponall">${label}<span class="classfortooltip" title="${o.help}"><span class="fas fa-info-circle em088 opacityhigh" style=" vertical-align: middle; cursor: help"></span></span></span>`
      : label
  }</td><td class="valuefieldcreate">${control}</td></tr>`;
const text = (key: string, label: string, value: string, o: { required?: boolean; help?: string } = {}) =>
  row(
    key,
    label,
    `<input type="text" class="flat minwidth400 maxwidthonsmartphone" name="${key}" id="${key}" maxlength="128" value="${value}">`,
    o,
  );

/** selectDate with the jQuery UI popup (the default) */
const date = (key: string, label: string, value: string) => {
  const [m, d, y] = value ? value.split('/') : ['', '', ''];
  return row(
    key,
    label,
    `<div class="nowraponall inline-block divfordateinput"><input id="${key}" name="${key}" type="text" class="maxwidthdate center hasDatepicker" maxlength="11" value="${value}" onchange="dpChangeDay('${key}','MM/dd/yyyy'); " autocomplete="off"><img class="ui-datepicker-trigger" src="/theme/eldy/img/object_calendarday.png" alt="" title=""></div><input type="hidden" id="${key}day" name="${key}day" value="${d}">
<input type="hidden" id="${key}month" name="${key}month" value="${m}">
<input type="hidden" id="${key}year" name="${key}year" value="${y}">
 <button class="dpInvisibleButtons datenowlink" id="${key}ButtonNow" type="button" name="_useless" value="now">Now</button> `,
  );
};

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** selectDate with MAIN_POPUP_CALENDAR=none: day, month and year combos */
const comboDate = (key: string, label: string, value: string) => {
  const [m, d, y] = value ? value.split('/').map(Number) : [0, 0, 0];
  const empty = !value ? '<option value="0" selected>&nbsp;</option>' : '';
  const year = value
    ? `<select class="flat valignmiddle maxwidth75imp" id="${key}year" name="${key}year">${Array.from({ length: 20 }, (_, i) => y! - 10 + i)
        .map((v) => `<option value="${v}"${v === y ? ' selected' : ''}>${v}</option>`)
        .join('')}</select>\n`
    : `<input placeholder="Year" class="flat maxwidth50imp valignmiddle" type="number" min="0" max="3000" maxlength="4" id="${key}year" name="${key}year" value="">`;
  return row(
    key,
    label,
    `<select class="flat valignmiddle maxwidth50imp" id="${key}day" name="${key}day">${empty}${Array.from({ length: 31 }, (_, i) => i + 1)
      .map((v) => `<option value="${v}"${v === d ? ' selected' : ''}>${v}</option>`)
      .join('')}</select><select class="flat valignmiddle maxwidth75imp" id="${key}month" name="${key}month">${empty}${months
      .map((v, i) => `<option value="${i + 1}"${i + 1 === m ? ' selected' : ''}>${v}</option>`)
      .join('')}</select>${year}`,
  );
};

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
/** a select made select2 by ajax_combobox; `open` = its dropdown at the end of body, the search typed */
function select2(key: string, label: string, chosen: string, open?: string): { html: string; drop: string } {
  const cls = 'flat minwidth200 maxwidth500 widthcentpercentminusx';
  const html = row(
    key,
    label,
    `<select class="${cls} select2-hidden-accessible" id="${key}" name="${key}" data-select2-id="${key}" tabindex="-1" aria-hidden="true"><option value="-1">&nbsp;</option>${DRUGS.map(
      (d, i) => `<option value="${i + 3}"${d === chosen ? ' selected' : ''}>${d}</option>`,
    ).join(
      '',
    )}</select><span class="select2 select2-container select2-container--default${open ? ' select2-container--below select2-container--open' : ''}" dir="ltr" style="width: 400px;"><span class="selection"><span class="select2-selection select2-selection--single ${cls}" role="combobox" aria-haspopup="true" aria-expanded="${!!open}" tabindex="0" aria-disabled="false" aria-labelledby="select2-${key}-container"${open ? ` aria-owns="select2-${key}-results"` : ''}><span class="select2-selection__rendered" id="select2-${key}-container" role="textbox" aria-readonly="true" title="${chosen || '&nbsp;'}">${
      chosen || '<span class="placeholder">&nbsp;</span>'
    }</span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span>`,
  );
  const drop = open
    ? `<span class="select2-container select2-container--default select2-container--open" style="position: absolute; top: 262px; left: 318px;"><span class="select2-dropdown ui-dialog select2-dropdown--below" dir="ltr" style="width: 400px;"><span class="select2-search select2-search--dropdown"><input class="select2-search__field" type="search" tabindex="0" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" role="searchbox" aria-autocomplete="list" aria-controls="select2-${key}-results" value="${open}"></span><span class="select2-results"><ul class="select2-results__options" role="listbox" id="select2-${key}-results" aria-expanded="true" aria-hidden="false">${DRUGS.filter(
        (d) => d.toLowerCase().includes(open.toLowerCase()),
      )
        .map(
          (d) => `<li class="select2-results__option select2-results__option--highlighted" role="option" aria-selected="false">${d}</li>`,
        )
        .join('')}</ul></span></span></span>`
    : '';
  return { html, drop };
}

/** multiselectarray made select2 (multiple) */
const codes = (key: string, label: string, chosen: string[]) =>
  row(
    key,
    label,
    `<select id="${key}" class="multiselect minwidth300 select2-hidden-accessible" multiple="" name="${key}[]" tabindex="-1" aria-hidden="true">${[
      'M04.1',
      'M06.1',
      'M04.8',
    ]
      .map((c) => `<option value="${c}"${chosen.includes(c) ? ' selected' : ''}>${c}</option>`)
      .join(
        '',
      )}</select><span class="select2 select2-container select2-container--default" dir="ltr" style="width: 300px;"><span class="selection"><span class="select2-selection select2-selection--multiple multiselect minwidth300" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="-1" aria-disabled="false"><ul class="select2-selection__rendered">${chosen
      .map(
        (c) =>
          `<li class="select2-selection__choice" title="${c}"><span class="select2-selection__choice__remove" role="presentation">×</span>${c}</li>`,
      )
      .join(
        '',
      )}<li class="select2-search select2-search--inline"><input class="select2-search__field" type="search" tabindex="0" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" role="searchbox" aria-autocomplete="list" placeholder="" style="width: 0.75em;"></li></ul></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span>`,
  );

const card = (rows: string, tail = '') =>
  `<div id="id-right"><div class="fiche"><table class="centpercent notopnoleftnoright table-fiche-title"><tbody><tr><td class="nobordernopadding widthpictotitle valignmiddle col-picto"><span class="fas fa-file-medical valignmiddle widthpictotitle pictotitle"></span></td><td class="nobordernopadding valignmiddle col-title"><div class="titre inline-block">New Prior authorization</div></td></tr></tbody></table><form method="POST" action="/custom/priorauth/priorauth_card.php"><input type="hidden" name="token" value="a1b2c3"><input type="hidden" name="action" value="add"><input type="hidden" name="backtopage" value=""><div class="tabBar tabBarWithBottom"><table class="border centpercent tableforfieldcreate"><tbody>${rows}</tbody></table></div><div class="center"><input type="submit" class="button" name="add" value="Create"> &nbsp; <input type="submit" class="button button-cancel" name="cancel" value="Cancel"></div></form></div></div><div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="display: none;"></div>${tail}`;

const fullRows = (dob: string, drug: string) =>
  text('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true }) +
  dob +
  text('weight', 'Weight (kg)', '72') +
  drug +
  text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs']) +
  text('ndc', 'NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2' }) +
  text('dose', 'Dose (mg)', '150') +
  text('units', 'Billing units', '150') +
  codes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1']) +
  text('crp', 'CRP (mg/L)', '24') +
  date('crp_date', 'CRP collection date', ILARIS['labs.crpDate']) +
  text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true });

describe('Dolibarr: card tables, selectDate, select2 combos, the lines table, list filters', () => {
  it('reads the full Ilaris request from a create card', () => {
    page(
      card(
        fullRows(date('date_of_birth', 'Date of birth', ILARIS['patient.dob']), select2('fk_product', 'Drug', ILARIS['drug.name']).html),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
  });

  it('reads split day, month and year combos as one date, and empty ones (blank choices, a Year box) as empty', () => {
    page(card(comboDate('date_of_birth', 'Date of birth', ILARIS['patient.dob']) + comboDate('crp_date', 'CRP collection date', '')));
    // the combos show no leading zero, and the date reads as month/day/year of their values
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '' });
  });

  it('names fields by their label cells, not by the error notice above the card or a help tooltip', () => {
    page(
      `<div class="jnotify-container"><div class="jnotify-notification jnotify-notification-error"><div class="jnotify-background"></div><a class="jnotify-close"><span class="fas fa-times"></span></a><div class="jnotify-message"><div>Field 'Member ID' is required<br>Field 'Prescriber NPI' is required</div></div></div></div>` +
        card(
          text('member_id', 'Member ID', '', { required: true }) +
            text('ndc', 'NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2' }) +
            text('npi', 'Prescriber NPI', '', { required: true }),
        ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'drug.ndc': ILARIS['drug.ndc'], 'prescriber.npi': '' });
  });

  it('reads a select2 combo once, as its chosen text, and an empty one (its placeholder) as empty', () => {
    page(card(select2('fk_product', 'Drug', ILARIS['drug.name']).html + text('ndc', 'NDC', ILARIS['drug.ndc'])));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.ndc': ILARIS['drug.ndc'] });
    noDuplicatePaths();
    page(card(select2('fk_product', 'Drug', '').html + text('ndc', 'NDC', ILARIS['drug.ndc'])));
    expect(read()).toEqual({ 'drug.name': '', 'drug.ndc': ILARIS['drug.ndc'] });
  });

  it('keeps the form behind an open select2 dropdown (classed ui-dialog) and reads nothing from its search', () => {
    const s = select2('fk_product', 'Drug', ILARIS['drug.name'], 'Kin');
    page(card(text('member_id', 'Member ID', ILARIS['patient.memberId']) + s.html + text('ndc', 'NDC', ILARIS['drug.ndc']), s.drop));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'drug.ndc': ILARIS['drug.ndc'],
    });
    nothingFrom('.select2-dropdown');
  });

  it('reads the select2 chips as the ICD-10 codes, without their remove crosses', () => {
    page(card(codes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1']) + text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it("reads nothing from an order's lines table and its add-line row", () => {
    const idprod = select2('idprod', '', '')
      .html.replace(/^<tr[^>]*><td[^>]*><\/td><td[^>]*>/, '')
      .replace(/<\/td><\/tr>$/, '');
    page(
      `<div id="id-right"><div class="fiche"><div class="tabBar"><div class="fichecenter"><div class="fichehalfleft"><table class="border tableforfield centpercent"><tbody><tr><td class="titlefield">Customer</td><td><a href="/societe/card.php?socid=7">Northside Infusion Center</a></td></tr><tr><td>Order date</td><td>11/04/2026</td></tr></tbody></table></div></div></div><form name="addproduct" id="addproduct" action="/commande/card.php?id=12#addline" method="POST"><input type="hidden" name="token" value="a1b2c3"><input type="hidden" name="action" value="addline"><input type="hidden" name="mode" value=""><input type="hidden" name="id" value="12"><div class="div-table-responsive-no-min"><table id="tablelines" class="noborder noshadow centpercent"><thead><tr class="liste_titre nodrag nodrop"><td class="linecoldescription">Description</td><td class="linecolvat right nowraponall">VAT</td><td class="linecoluht right nowraponall">U.P. (net)</td><td class="linecolqty right">Qty</td><td class="linecoldiscount right nowrap">Disc.</td><td class="linecolht right">Total (excl.)</td><td class="linecoledit"></td><td class="linecoldelete"></td><td class="linecolmove"></td></tr></thead><tbody><tr id="row-31" class="drag drop oddeven"><td class="linecoldescription minwidth300imp"><div id="line_31"></div><a href="/product/card.php?id=3" class="nowraponall classfortooltip"><span class="fas fa-cube pictofixedwidth"></span>J0638</a> - Ilaris (canakinumab)<br><div class="clearboth"></div>NDC 00078-0734-61</td><td class="linecolvat nowrap right">0%</td><td class="linecoluht nowraponall right">142.50</td><td class="linecolqty nowraponall right">150</td><td class="linecoldiscount"></td><td class="linecolht nowrap right">21,375.00</td><td class="linecoledit center"><a class="editfielda reposition" href="/commande/card.php?id=12&amp;action=editline&amp;lineid=31#line_31"><span class="fas fa-pencil-alt" title="Modify"></span></a></td><td class="linecoldelete center"><a class="reposition" href="/commande/card.php?id=12&amp;action=ask_deleteline&amp;lineid=31"><span class="fas fa-trash pictodelete" title="Delete"></span></a></td><td class="linecolmove tdlineupdown center"></td></tr><tr class="liste_titre nodrag nodrop"><td class="linecoldescription minwidth500imp"><div id="add"></div><span class="hideonsmartphone">Add new line</span></td><td class="linecolvat right"><span id="title_vat">VAT</span></td><td class="linecoluht right"><span id="title_up_ht">U.P. (net)</span></td><td class="linecolqty right">Qty</td><td class="linecoldiscount right">Disc.</td><td class="linecoledit" colspan="4">&nbsp;</td></tr><tr class="pair nodrag nodrop nohoverpair liste_titre_create"><td class="nobottom linecoldescription minwidth500imp"><span class="prod_entry_mode_free"><label for="prod_entry_mode_free"><input type="radio" class="prod_entry_mode_free" name="prod_entry_mode" id="prod_entry_mode_free" value="free"> Free-text line of type</label> <select class="flat maxwidth100" id="select_type" name="type"><option value="-1">&nbsp;</option><option value="0">Product</option><option value="1">Service</option></select></span><br><span class="prod_entry_mode_predef"><label for="prod_entry_mode_predef"><input type="radio" class="prod_entry_mode_predef" name="prod_entry_mode" id="prod_entry_mode_predef" value="predef"> Predefined products/services</label> ${idprod}<input type="hidden" name="pbq" id="pbq" value=""></span><br><textarea id="dp_desc" name="dp_desc" rows="2" style="margin-top: 5px; width: 98%" class="flat"></textarea></td><td class="nobottom linecolvat right"><select class="flat minwidth50imp maxwidth75" id="tva_tx" name="tva_tx"><option value="0" selected>0%</option><option value="5.5">5.5%</option><option value="20">20%</option></select></td><td class="nobottom linecoluht right"><input type="text" size="5" name="price_ht" id="price_ht" class="flat right" value=""></td><td class="nobottom linecolqty right"><input type="text" size="2" name="qty" id="qty" class="flat right" value="1"></td><td class="nobottom nowrap linecoldiscount right"><input type="text" size="1" name="remise_percent" id="remise_percent" class="flat right" value="0"><span class="hideonsmartphone">%</span></td><td class="nobottom linecoledit center valignmiddle" colspan="4"><input type="submit" class="button reposition" value="Add" name="addline" id="addline"></td></tr></tbody></table></div></form></div></div>`,
    );
    expect(read()).toEqual({});
  });

  it("reads nothing from an order line opened for editing (objectline_edit's row of boxes under the line titles)", () => {
    page(
      `<div id="id-right"><div class="fiche"><form name="addproduct" id="addproduct" action="/commande/card.php?id=12#line_31" method="POST"><input type="hidden" name="token" value="a1b2c3"><input type="hidden" name="action" value="updateline"><input type="hidden" name="id" value="12"><div class="div-table-responsive-no-min"><table id="tablelines" class="noborder noshadow centpercent"><thead><tr class="liste_titre nodrag nodrop"><td class="linecoldescription">Description</td><td class="linecolvat right nowraponall">VAT</td><td class="linecoluht right nowraponall">U.P. (net)</td><td class="linecolqty right">Qty</td><td class="linecoldiscount right nowrap">Disc.</td><td class="linecolht right">Total (excl.)</td><td class="linecoledit"></td><td class="linecoldelete"></td><td class="linecolmove"></td></tr></thead><tbody><tr class="oddeven tredited"><td class="linecoldescription minwidth250onall"><div id="line_31"></div><input type="hidden" name="lineid" value="31"><input type="hidden" id="product_type" name="type" value="0"><input type="hidden" id="product_id" name="productid" value="3"><a href="/product/card.php?id=3" class="nowraponall classfortooltip"><span class="fas fa-cube pictofixedwidth"></span>J0638</a> - Ilaris (canakinumab)<br><textarea id="product_desc" name="product_desc" rows="2" style="margin-top: 5px; width: 98%" class="flat">NDC 00078-0734-61</textarea></td><td class="right linecolvat"><select class="flat minwidth50imp maxwidth75" id="tva_tx" name="tva_tx"><option value="0" selected>0%</option><option value="20">20%</option></select></td><td class="right linecoluht"><input type="text" class="flat right" size="5" id="price_ht" name="price_ht" value="142.50"></td><td class="right linecolqty"><input size="3" type="text" class="flat right" name="qty" id="qty" value="150"></td><td class="nowrap right linecoldiscount"><input size="1" type="text" class="flat right" name="remise_percent" id="remise_percent" value="0"><span class="hideonsmartphone">%</span></td><td class="right linecolht"></td><td class="center valignmiddle" colspan="3"><input type="submit" class="button buttongen margintoponly marginbottomonly button-save" id="savelinebutton" name="save" value="Save"><br><input type="submit" class="button buttongen margintoponly marginbottomonly button-cancel" id="cancellinebutton" name="cancel" value="Cancel"></td></tr></tbody></table></div></form></div></div>`,
    );
    expect(read()).toEqual({});
  });

  it('reads nothing from a list of past requests with its filter row filled in', () => {
    const cols = ['Ref', 'Member ID', 'Drug', 'HCPCS code', 'Billing units', 'Status'];
    page(
      `<div id="id-right"><div class="fiche"><form method="POST" id="searchFormList" action="/custom/priorauth/priorauth_list.php"><input type="hidden" name="token" value="a1b2c3"><input type="hidden" name="formfilteraction" id="formfilteraction" value="list"><input type="hidden" name="action" value="list"><div class="div-table-responsive"><table class="tagtable nobottomiftotal liste"><tbody><tr class="liste_titre_filter">${cols
        .map(
          (c, i) =>
            `<td class="liste_titre"><input type="text" class="flat maxwidth75" name="search_${['ref', 'member_id', 'drug', 'hcpcs', 'units', 'status'][i]}" value="${['', 'U7730021945', 'Ilaris', '', '', ''][i]}"></td>`,
        )
        .join(
          '',
        )}<td class="liste_titre maxwidthsearch"><div class="nowraponall"><button type="submit" class="liste_titre button_search reposition" name="button_search_x" value="x"><span class="fas fa-search"></span></button><button type="submit" class="liste_titre button_removefilter reposition" name="button_removefilter_x" value="x"><span class="fas fa-times"></span></button></div></td></tr><tr class="liste_titre">${cols
        .map(
          (c) =>
            `<th class="wrapcolumntitle liste_titre" title="${c}"><a class="reposition" href="/custom/priorauth/priorauth_list.php?sortfield=t.${c}">${c}</a></th>`,
        )
        .join(
          '',
        )}<th class="wrapcolumntitle center maxwidthsearch liste_titre"></th></tr><tr data-rowid="4" class="oddeven"><td class="nowraponall"><a href="/custom/priorauth/priorauth_card.php?id=4">PA2509-0004</a></td><td>U7730021945</td><td>Ilaris (canakinumab)</td><td>J0638</td><td class="right">300</td><td class="nowraponall"><span class="badge badge-status4 badge-status">Approved</span></td><td class="nowrap center"></td></tr></tbody></table></div></form></div></div>`,
    );
    expect(read()).toEqual({});
  });
});
