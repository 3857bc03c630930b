import { describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';

/**
 * SurveyJS Form Library (survey-react-ui 1.9+/2.x, "defaultV2" theme, `sd-` classes): a question
 * is `div.sd-question[data-name]` with a header whose title is an `h5.sd-title` holding spans
 * (question number `sd-element__num` aria-hidden, the text in `span.sv-string-viewer`, the
 * required "*" aria-hidden) and `id="<qid>_ariaTitle"`, a description under it; the input is
 * `input.sd-input.sd-text[aria-labelledby=<qid>_ariaTitle]`; a validation error is a
 * `div.sd-question__erbox[role=alert]` between header and content; a dropdown is a
 * `div.sd-input.sd-dropdown[role=combobox][aria-labelledby]` showing the chosen text in
 * `.sd-dropdown__value` (a readonly filter input inside it, a "Select..." placeholder when empty)
 * and its popup list rendered in the question (hidden); a multiple text is a table of
 * `label.sd-multipletext__item-container` wrapping the item title and its input; a matrix dynamic
 * is `table.sd-table` with the column titles in `thead th`, cell inputs with `aria-label` = the
 * column title, a Remove button per row and "Add row" under it; panels are `div.sd-panel` titled
 * by an `h4.sd-panel__title`.
 */

let seq = 100;

const title = (qid: string, text: string, num: number | null, required = false) =>
  `<h5 class="sd-title sd-element__title sd-question__title${required ? ' sd-question__title--required' : ''}" aria-label="${text}" id="${qid}_ariaTitle">
    ${num === null ? '' : `<span data-key="q_num" class="sd-element__num" aria-hidden="true">${num}.</span><span data-key="num-spacer">&nbsp;</span>`}<span class="sv-string-viewer">${text}</span>${
      required
        ? '<span data-key="req-sp">&nbsp;</span><span data-key="req-text" class="sd-question__required-text" aria-hidden="true">*</span>'
        : ''
    }</h5>`;

const question = (
  name: string,
  text: string,
  content: (qid: string) => string,
  opts: { num?: number; description?: string; error?: string; type?: string } = {},
) => {
  const qid = `sq_${++seq}`;
  return `<div class="sd-row sd-clearfix sd-page__row"><div style="flex: 1 1 100%; min-width: 300px; max-width: initial;">
    <div id="${qid}" class="sd-element sd-question sd-row__question sd-question--title-top${opts.error ? ' sd-question--error' : ''}" data-rendered="r" data-name="${name}">
      <div class="sd-question__header sd-element__header sd-question__header--location-top sd-element__header--location-top">
        ${title(qid, text, opts.num ?? null, !!opts.error)}
        ${opts.description ? `<div class="sd-description sd-question__description"><span class="sv-string-viewer">${opts.description}</span></div>` : ''}
      </div>
      ${
        opts.error
          ? `<div class="sd-question__erbox sd-question__erbox--outside-question" role="alert" aria-live="polite" id="${qid}_errors"><div><span class="sd-question__erbox-icon"></span><span class="sv-string-viewer">${opts.error}</span></div></div>`
          : ''
      }
      <div class="sd-question__content sd-${opts.type ?? 'text'}__content" role="presentation">${content(qid)}</div>
    </div></div></div>`;
};

const text = (
  name: string,
  label: string,
  value: string,
  opts: { num?: number; description?: string; error?: string; inputType?: string } = {},
) =>
  question(
    name,
    label,
    (qid) =>
      `<input id="${qid}i" class="sd-input sd-text" type="${opts.inputType ?? 'text'}" placeholder="" autocomplete="" aria-required="${opts.error ? 'true' : 'false'}" aria-labelledby="${qid}_ariaTitle" aria-invalid="${opts.error ? 'true' : 'false'}"${opts.error ? ` aria-errormessage="${qid}_errors"` : ''} value="${value}">`,
    opts,
  );

const dropdown = (name: string, label: string, chosen: string | null, all: string[], num?: number) =>
  question(
    name,
    label,
    (qid) => `<div class="sd-selectbase">
      <div id="${qid}i" class="sd-input sd-dropdown${chosen ? '' : ' sd-dropdown--empty'}" tabindex="0" role="combobox" aria-required="false" aria-labelledby="${qid}_ariaTitle" aria-invalid="false" aria-expanded="false" aria-controls="${qid}i_list">
        <div class="sd-dropdown__value">
          ${chosen ? `<span class="sv-string-viewer">${chosen}</span>` : ''}
          <input type="text" autocomplete="off" id="${qid}i_0" inputmode="none" class="sd-dropdown__filter-string-input" role="combobox" aria-expanded="false" aria-controls="${qid}i_list" aria-label="${label}" readonly placeholder="${chosen ? '' : 'Select...'}" tabindex="-1" value="">
        </div>
        ${chosen ? '<div class="sd-dropdown_clean-button" title="Clear"><svg class="sv-svg-icon" role="img" aria-label="Clear"><use xlink:href="#icon-cancel-24x24"></use></svg></div>' : ''}
        <div class="sd-dropdown_chevron-button" aria-hidden="true"><svg class="sv-svg-icon"><use xlink:href="#icon-chevron"></use></svg></div>
      </div>
      <div class="sv-popup sv-dropdown-popup sv-single-select-list" style="display: none;"><div class="sv-popup__container"><div class="sv-popup__body-content"><div class="sv-popup__scrolling-content"><div class="sv-popup__content">
        <div class="sv-list__container"><ul class="sv-list" role="listbox" id="${qid}i_list" aria-label="${label}">${all
          .map(
            (o, i) =>
              `<li class="sv-list__item${o === chosen ? ' sv-list__item--selected' : ''}" role="option" aria-selected="${o === chosen}" id="${qid}i_list_${i}"><div class="sv-list__item-body"><span class="sv-string-viewer">${o}</span></div></li>`,
          )
          .join('')}</ul></div>
      </div></div></div></div></div>
    </div>`,
    { num, type: 'dropdown' },
  );

const multipleText = (name: string, label: string, items: [string, string][], num?: number) =>
  question(
    name,
    label,
    (qid) =>
      `<table class="sd-multipletext" role="presentation"><tbody><tr class="sd-multipletext__row">${items
        .map(
          ([t, v], i) => `<td class="sd-multipletext__cell"><label class="sd-multipletext__item-container sd-input">
          <span class="sd-multipletext__item-title"><span class="sv-string-viewer">${t}</span></span>
          <div class="sd-multipletext__item"><input id="${qid}_${i}" class="sd-input sd-multipletext__item sd-text" type="text" aria-required="false" aria-label="${t}" aria-invalid="false" value="${v}"></div>
        </label></td>`,
        )
        .join('')}</tr></tbody></table>`,
    { num, type: 'multipletext' },
  );

const matrixDynamic = (name: string, label: string, cols: string[], rows: string[][], num?: number) =>
  question(
    name,
    label,
    (qid) => `<div class="sd-table-wrapper"><table class="sd-table sd-matrixdynamic" role="table"><thead><tr>${cols
      .map(
        (c) => `<th class="sd-table__cell sd-table__cell--header" style="min-width: 10em;"><span class="sv-string-viewer">${c}</span></th>`,
      )
      .join('')}<th class="sd-table__cell sd-table__cell--header sd-table__cell--action"></th></tr></thead>
      <tbody>${rows
        .map(
          (row, r) =>
            `<tr class="sd-table__row">${cols
              .map(
                (c, i) =>
                  `<td class="sd-table__cell" data-responsive-title="${c}"><div class="sd-table__question-wrapper"><div class="sd-question sd-question--table"><div class="sd-text__content"><input id="${qid}_r${r}c${i}" class="sd-input sd-text" type="text" aria-required="false" aria-label="${c}" aria-invalid="false" value="${row[i] ?? ''}"></div></div></div></td>`,
              )
              .join(
                '',
              )}<td class="sd-table__cell sd-table__cell--actions"><div class="sv-action-bar sv-action-bar--default-size-mode"><div class="sv-action"><button type="button" class="sd-action sd-matrixdynamic__remove-btn" title="Remove"><span class="sd-action__title">Remove</span></button></div></div></td></tr>`,
        )
        .join('')}</tbody></table></div>
      <div class="sd-matrixdynamic__footer"><button type="button" class="sd-btn sd-matrixdynamic__add-btn"><span>Add row</span></button></div>`,
    { num, type: 'matrixdynamic' },
  );

const panel = (titleText: string, body: string) =>
  `<div class="sd-row sd-clearfix sd-page__row"><div style="flex: 1 1 100%;"><div class="sd-panel sd-row__panel" data-name="${titleText}">
    <div class="sd-panel__header sd-element__header"><h4 class="sd-title sd-element__title sd-panel__title" aria-label="${titleText}"><span class="sv-string-viewer">${titleText}</span></h4></div>
    <div class="sd-panel__content">${body}</div></div></div></div>`;

const survey = (body: string) =>
  `<div class="sd-root-modern sd-root-modern--full-container"><div class="sv_custom_header"></div><div class="sd-container-modern"><form>
    <div class="sd-title sd-container-modern__title"><div class="sd-header__text"><h3 class="sd-title" aria-label="Ilaris prior authorization"><span class="sv-string-viewer">Ilaris prior authorization</span></h3></div></div>
    <div class="sd-body sd-body--static"><div id="sp_100" class="sd-page sd-body__page">${body}</div>
    <div class="sd-action-bar sd-footer sd-body__navigation"><div class="sv-action"><input type="button" class="sd-btn sd-btn--action sd-navigation__complete-btn" value="Complete" title="Complete"></div></div></div>
  </form></div></div>`;

describe('SurveyJS (defaultV2)', () => {
  it('reads text questions titled by an h5 of spans (number, text, required mark) through aria-labelledby', () => {
    page(
      survey(
        panel(
          'Patient',
          text('dob', 'Date of birth', '1980-03-02', { num: 1, inputType: 'date' }) +
            text('weight', 'Weight (kg)', '70', { num: 2, description: 'Current weight, within 30 days' }),
        ) +
          panel(
            'Medication requested',
            text('drug', 'Drug name', 'Ilaris (canakinumab)', { num: 3 }) +
              text('hcpcs', 'HCPCS code', 'J0638', { num: 4 }) +
              text('ndc', 'NDC', '00078-0734-61', { num: 5, description: '11 digits, 5-4-2 (the dose goes below)' }) +
              text('dose', 'Dose (mg)', '150', { num: 6 }) +
              text('units', 'Billing units', '150', { num: 7 }),
          ),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '1980-03-02',
      'patient.weight': '70',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
    });
  });

  it('does not read an error box or a description as a label or value', () => {
    page(
      survey(
        panel(
          'Diagnosis',
          text('icd1', 'Primary ICD-10 code', 'M04.1', { num: 1, description: 'Weight-based dosing: enter the dose in mg' }) +
            text('npi', 'Prescriber NPI', '', { num: 2, error: 'Response required. Enter the 10-digit NPI.' }) +
            text('freq', 'Frequency', 'every 4 weeks', { num: 3 }),
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'prescriber.npi': '', 'drug.frequency': 'every 4 weeks' });
  });

  it('reads a dropdown (div role=combobox) by its shown value, once, and an empty one as empty', () => {
    page(
      survey(
        panel(
          'Medication requested',
          dropdown('freq', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks'], 1) +
            dropdown(
              'pos',
              'Place of service',
              null,
              ['Office (11)', 'Off-campus outpatient hospital (19)', 'On-campus outpatient hospital (22)'],
              2,
            ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.placeOfService': '' });
    expect(mapped()).toHaveLength(2);
  });

  it('reads a multiple text question (CRP result, unit, date) by its item titles', () => {
    page(
      survey(
        panel(
          'Laboratory results',
          multipleText(
            'crp',
            'C-reactive protein (CRP)',
            [
              ['Result', '4.5'],
              ['Unit', 'mg/L'],
              ['Date collected', '11/12/2026'],
            ],
            1,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '4.5', 'labs.crpUnit': 'mg/L', 'labs.crpDate': '11/12/2026' });
  });

  it('numbers matrix dynamic rows of prior therapies by the column titles', () => {
    page(
      survey(
        panel(
          'Prior therapies',
          matrixDynamic(
            'priorTherapies',
            'Previous medications tried for this diagnosis',
            ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'],
            [
              ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
              ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
            ],
            1,
          ),
        ) + panel('Prescriber', text('npi', 'Prescriber NPI', '1234567893', { num: 2 })),
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
      'prescriber.npi': '1234567893',
    });
  });

  it('reads the whole Ilaris request', () => {
    page(
      survey(
        panel(
          'Patient',
          text('dob', 'Date of birth', '1980-03-02', { num: 1, inputType: 'date' }) + text('weight', 'Weight (kg)', '70', { num: 2 }),
        ) +
          panel('Diagnosis', text('icd1', 'ICD-10 code', 'M04.1', { num: 3 })) +
          panel(
            'Medication requested',
            text('drug', 'Drug name', 'Ilaris (canakinumab)', { num: 4 }) +
              text('hcpcs', 'HCPCS code', 'J0638', { num: 5 }) +
              text('ndc', 'NDC', '00078-0734-61', { num: 6 }) +
              text('dose', 'Dose (mg)', '150', { num: 7 }) +
              text('units', 'Billing units', '150', { num: 8 }) +
              dropdown('freq', 'Frequency', 'every 4 weeks', ['every 4 weeks', 'every 8 weeks'], 9) +
              dropdown('pos', 'Place of service', 'Office (11)', ['Office (11)', 'On-campus outpatient hospital (22)'], 10),
          ) +
          panel(
            'Laboratory results',
            multipleText(
              'crp',
              'C-reactive protein (CRP)',
              [
                ['Result', '4.5'],
                ['Unit', 'mg/L'],
                ['Date collected', '11/12/2026'],
              ],
              11,
            ),
          ) +
          panel(
            'Prior therapies',
            matrixDynamic(
              'priorTherapies',
              'Previous medications tried',
              ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'],
              [['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']],
              12,
            ),
          ) +
          panel('Prescriber', text('npi', 'Prescriber NPI', '1234567893', { num: 13 })),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '1980-03-02',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office (11)',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '11/12/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'prescriber.npi': '1234567893',
    });
  });

  it('numbers the panels of a dynamic panel ("Therapy 1", "Therapy 2") of prior therapies', () => {
    const therapyPanel = (i: number, v: string[]) =>
      `<div class="sd-paneldynamic__panel-wrapper sd-paneldynamic__panel-wrapper--list"><div class="sd-panel sd-paneldynamic__panel" data-name="therapy${i}">
        <div class="sd-panel__header sd-element__header"><h4 class="sd-title sd-element__title sd-panel__title" aria-label="Therapy ${i + 1}"><span class="sv-string-viewer">Therapy ${i + 1}</span></h4></div>
        <div class="sd-panel__content">${text('drug', 'Drug', v[0]!)}${text('dose', 'Dose', v[1]!)}${text('start', 'Start date', v[2]!)}${text('stop', 'End date', v[3]!)}${text('outcome', 'Outcome', v[4]!)}</div></div>
        <div class="sd-paneldynamic__footer"><button type="button" class="sd-btn sd-action sd-paneldynamic__remove-btn"><span class="sd-action__title">Remove</span></button></div></div>
        <div class="sd-paneldynamic__separator"></div>`;
    page(
      survey(
        question(
          'therapies',
          'Prior therapies',
          () =>
            `<div class="sd-paneldynamic">${therapyPanel(0, ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'])}${therapyPanel(
              1,
              ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
            )}
            <div class="sd-paneldynamic__footer"><div class="sd-paneldynamic__buttons-container"><button type="button" class="sd-btn sd-paneldynamic__add-btn"><span class="sv-string-viewer">Add new</span></button></div></div></div>`,
          { num: 1, type: 'paneldynamic' },
        ),
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });

  it('reads a radiogroup question by its checked item', () => {
    const radios = (name: string, label: string, choices: string[], checked: string) =>
      question(
        name,
        label,
        (qid) =>
          `<fieldset class="sd-selectbase" role="presentation"><legend class="sv-hidden">${label}</legend>${choices
            .map(
              (c, i) =>
                `<div class="sd-item sd-radio sd-selectbase__item${c === checked ? ' sd-item--checked sd-radio--checked' : ''}"><label class="sd-selectbase__label"><input role="option" name="${qid}" type="radio" class="sd-visuallyhidden sd-item__control sd-radio__control" id="${qid}i_${i}" aria-required="false" aria-label="${c}" aria-invalid="false" value="${c}"${
                  c === checked ? ' checked' : ''
                }><span class="sd-item__decorator sd-radio__decorator"></span><span class="sd-item__control-label"><span class="sv-string-viewer">${c}</span></span></label></div>`,
            )
            .join('')}</fieldset>`,
        { type: 'radiogroup' },
      );
    page(
      survey(
        panel(
          'Clinical',
          radios('hosp', 'Has the patient been hospitalized for a flare?', ['Yes', 'No'], 'No') +
            radios('colch', 'Will colchicine be continued?', ['Yes', 'No'], 'Yes'),
        ),
      ),
    );
    expect(read()).toEqual({ 'clinical.hospitalization': 'No', 'clinical.colchicineContinuing': 'Yes' });
  });

  it('numbers matrix dropdown rows ("Therapy 1", "Therapy 2") with a dropdown cell for the outcome', () => {
    const cellDropdown = (qid: string, col: string, chosen: string) =>
      `<div class="sd-selectbase"><div id="${qid}" class="sd-input sd-dropdown" tabindex="0" role="combobox" aria-required="false" aria-label="${col}" aria-invalid="false" aria-expanded="false" aria-controls="${qid}_list">
        <div class="sd-dropdown__value"><span class="sv-string-viewer">${chosen}</span><input type="text" autocomplete="off" inputmode="none" class="sd-dropdown__filter-string-input" role="combobox" aria-expanded="false" aria-controls="${qid}_list" aria-label="${col}" readonly placeholder="" tabindex="-1" value=""></div>
        <div class="sd-dropdown_chevron-button" aria-hidden="true"><svg class="sv-svg-icon"><use xlink:href="#icon-chevron"></use></svg></div></div></div>`;
    const cellText = (qid: string, col: string, v: string) =>
      `<div class="sd-text__content"><input id="${qid}" class="sd-input sd-text" type="text" aria-required="false" aria-label="${col}" aria-invalid="false" value="${v}"></div>`;
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const mrow = (r: number, v: string[]) =>
      `<tr class="sd-table__row"><td class="sd-table__cell sd-table__cell--row-text"><span class="sv-string-viewer">Therapy ${r + 1}</span></td>${cols
        .map(
          (c, i) =>
            `<td class="sd-table__cell" data-responsive-title="${c}"><div class="sd-table__question-wrapper"><div class="sd-question sd-question--table">${
              i === 4 ? cellDropdown(`mx_r${r}c${i}`, c, v[i]!) : cellText(`mx_r${r}c${i}`, c, v[i]!)
            }</div></div></td>`,
        )
        .join('')}</tr>`;
    page(
      survey(
        panel(
          'Prior therapies',
          question(
            'therapies',
            'Previous medications tried for this diagnosis',
            () =>
              `<div class="sd-table-wrapper"><table class="sd-table sd-matrixdropdown"><thead><tr><td class="sd-table__cell sd-table__cell--header"></td>${cols
                .map((c) => `<th class="sd-table__cell sd-table__cell--header"><span class="sv-string-viewer">${c}</span></th>`)
                .join(
                  '',
                )}</tr></thead><tbody>${mrow(0, ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'Inadequate response'])}${mrow(
                1,
                ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'Intolerance'],
              )}</tbody></table></div>`,
            { num: 1, type: 'matrixdropdown' },
          ),
        ),
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'Inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'Intolerance',
    });
  });
});
