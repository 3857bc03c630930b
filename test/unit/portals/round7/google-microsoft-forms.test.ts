import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import { ILARIS, ISO_REQUEST, noDuplicatePaths, nothingFrom, DRUG_OPTIONS, FREQUENCY_OPTIONS, CODE_OPTIONS } from '../round5/request';

/**
 * Google Forms (docs.google.com/forms/…/viewform, the 2023+ "material" respondent view) and
 * Microsoft Forms (forms.office.com respondent view). Both are closed source and no rendered page
 * of either was found in the stored corpora: the markup is written from knowledge of the pages as
 * the browser holds them, with their obfuscated class names as they commonly appear.
 * Google Forms:
 * - questions are `div[role=listitem].Qr7Oae` in `div[role=list]`; the question text is a
 *   `div[role=heading][aria-level=3]` (id `iN`) with `span.M7eMe` and the required star
 *   `span.vnumgf[aria-label="Required question"]`; the question's answer is posted from a
 *   hidden `input[name=entry.NNN]` inside the block.
 * - text: `input.whsOnd.zHQkBf[jsname=YPqjbf][aria-labelledby=<heading id>]` followed by the
 *   prompt `div.ndJi5d.snByac[aria-hidden]` "Your answer"; a date question is a native
 *   `input[type=date]` in Chrome, else three boxes "Month" / "Day of the month" / "Year"
 *   (`aria-label`s) with MM / DD / YYYY prompts and "/" between them.
 * - dropdown: a `div[role=listbox][jsname=W85ice][aria-labelledby]` holding every option as
 *   `div[role=option][data-value]` (the chosen one `aria-selected=true`, the first "Choose" with
 *   `data-value=""`); the open popup `div.OA0qNb[role=presentation]` copies the options.
 * - checkboxes: `div[role=checkbox][aria-label][aria-checked]` inside `label` with the choice
 *   text in `span.aDTYNe`; multiple choice: `div[role=radiogroup][aria-labelledby]` of
 *   `div[role=radio][data-value][aria-checked]`.
 * Microsoft Forms:
 * - a question is `div[data-automation-id=questionItem]` with `div[data-automation-id=questionTitle]`
 *   (`span.ordinal-number` "1.", the text in `span.text-format-content#QuestionInfo_…`, the
 *   required star) and an answer: `input[data-automation-id=textInput]` ("Enter your answer"
 *   placeholder, `aria-labelledby` the title), a Fluent DatePicker text field ("Please input date
 *   (M/d/yyyy)", a Calendar icon, `aria-haspopup=dialog`), a `div[role=radiogroup]` of native
 *   radios wrapped in labels.
 */

let gid = 0;
const gi = () => `i${(gid += 1)}`;

const gQuestion = (
  title: string,
  answer: (headingId: string, describedBy: string) => string,
  o: { required?: boolean; entry?: string } = {},
) => {
  const h = gi();
  const d = gi();
  const e = gi();
  return `<div role="listitem" class="Qr7Oae"><div jsmodel="CP1oW" data-params="%.@.[${gid},&quot;${title}&quot;]"><div class="geS5n"><div class="z12JJ"><div class="M4DNQ"><div id="${h}" class="HoXoMd D1wxyf RjsPE" role="heading" aria-level="3"><span class="M7eMe">${title}</span>${o.required ? `<span class="vnumgf" id="${gi()}" aria-label="Required question"> *</span>` : ''}</div><div class="gubaDc OIC90c RjsPE" id="${d}"></div></div></div><div class="AgroKb">${answer(h, `${d} ${e}`)}</div><div jsname="XbIQze" class="SL4Sz" id="${e}" role="alert"></div></div>${o.entry !== undefined ? `<div jsname="o6bZLc"><input type="hidden" name="entry.${1000 + gid}" value="${o.entry}"></div>` : ''}</div></div>`;
};

const gBox = (value: string, labelledBy: string, describedBy: string, attrs = 'type="text"', prompt = 'Your answer') =>
  `<div class="rFrNMe k3kHxc RdH0ib yqQS1 zKHdkd${value ? ' CDELXb' : ''}" jscontroller="pxq3x" jsshadow="" jsname="YPqjbf"><div class="aCsJod oJeWuf"><div class="aXBtI Wic03c"><div class="Xb9hP"><input ${attrs} class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="off" tabindex="0" ${labelledBy ? `aria-labelledby="${labelledBy}" ` : ''}${describedBy ? `aria-describedby="${describedBy}" ` : ''}dir="auto" data-initial-dir="auto" data-initial-value="${value}" value="${value}"><div jsname="LwH6nd" class="ndJi5d snByac" aria-hidden="true">${prompt}</div></div><div class="i9lrp mIZh1c"></div><div jsname="XmnwAc" class="OabDMe cXrdqd Y2Zypf"></div></div></div><div class="LXRPh"><div jsname="ty6ygf" class="ovnfwe Is7Fhb"></div></div></div>`;

const gText = (title: string, value: string, o: { required?: boolean } = {}) =>
  gQuestion(title, (h, d) => gBox(value, h, d), { ...o, entry: value });

const gDate = (title: string, iso: string) =>
  gQuestion(title, (h, d) => `<div class="PfQ8Lb">${gBox(iso, h, d, 'type="date" max="275760-09-13"', 'Date')}</div>`, { entry: iso });

const gSplitDate = (title: string, mdy: string) => {
  const [m = '', dd = '', y = ''] = mdy ? mdy.split('/') : [];
  const part = (label: string, v: string, prompt: string, max: number) =>
    `<div class="Tpiq4b${prompt === 'YYYY' ? ' M9lJe' : ''}">${gBox(v, '', '', `type="text" aria-label="${label}" maxlength="${max}" inputmode="numeric"`, prompt)}</div>`;
  return gQuestion(
    title,
    () =>
      `<div class="ocBCTb">${part('Month', m, 'MM', 2)}<div class="BRpPke" aria-hidden="true">/</div>${part('Day of the month', dd, 'DD', 2)}<div class="BRpPke" aria-hidden="true">/</div>${part('Year', y, 'YYYY', 4)}</div>`,
  );
};

const gDropdown = (title: string, options: string[], chosen: string, open = false) =>
  gQuestion(
    title,
    (h, d) => {
      const opt = (text: string, value: string, on: boolean) =>
        `<div class="MocG8c HZ3kWc mhLiyf${on ? ' KKjvXb' : ''} DEh1R" jsname="wQNmvb" role="option" tabindex="${on ? '0' : '-1'}" aria-selected="${on}" data-value="${value}"><div class="kRoyt MbhUzd ziS7vd" jsname="ksKsZd"></div><span class="vRMGwf oJeWuf">${text}</span></div>`;
      const all = `${opt('Choose', '', !chosen)}<div class="ry3kXd"></div>${options.map((o) => opt(o, o, o === chosen)).join('')}`;
      return `<div jscontroller="YwHGTd" class="jgvuAb ybOdnf cGN2le t9kgXb llrsB${open ? ' iWO5td' : ''}" jsname="W85ice" aria-labelledby="${h}" aria-describedby="${d}" role="listbox" tabindex="0" aria-disabled="false" aria-expanded="${open}"><div role="presentation" class="ry3kXd" jsname="d9BH4c">${all}</div><div class="e2CuFe eU809d" aria-hidden="true"></div>${open ? `<div class="OA0qNb ncFHed QXL7Te" role="presentation" jsname="V68bde" style="left: 0px; top: -48px;">${all}</div>` : ''}</div>`;
    },
    { entry: chosen },
  );

const gCheckboxes = (title: string, options: string[], ticked: string[]) =>
  gQuestion(
    title,
    (h, d) =>
      `<div jscontroller="sW52Ae" role="list" class="Y6Myld" aria-labelledby="${h}" aria-describedby="${d}">${options
        .map(
          (o) =>
            `<div role="listitem" class="eBFwI"><label class="docssharedWizToggleLabeledContainer FNpiCe${ticked.includes(o) ? ' N2RpBe' : ''}"><div class="bzfPab wFGF8"><div class="uVccjd aiSeRd FXLARc wGQFbe BJHAP oLlshd${ticked.includes(o) ? ' N2RpBe' : ''}" jscontroller="D8e5bc" jsname="ekGZBc" role="checkbox" aria-label="${o}" tabindex="0" data-answer-value="${o}" aria-checked="${ticked.includes(o)}"><div class="PkgjBf MbhUzd" jsname="ksKsZd"></div><div class="uHMk6b fsHoPb"></div><div class="rq8Mwb"><div class="TCA6qd"><div class="MbUTNc oyXaNc hFgXdb"></div></div></div></div><div class="YEVVod"><div class="ulDsOb"><span dir="auto" class="aDTYNe snByac n5vBHf OIC90c">${o}</span></div></div></div></label></div>`,
        )
        .join(
          '',
        )}</div>${ticked.map((t) => `<input type="hidden" name="entry.${2000 + gid}" value="${t}">`).join('')}<input type="hidden" name="entry.${2000 + gid}_sentinel">`,
  );

const gRadios = (title: string, options: string[], chosen: string) =>
  gQuestion(
    title,
    (h, d) =>
      `<div jscontroller="wPRNsd" class="oyXaNc" role="radiogroup" aria-labelledby="${h}" aria-describedby="${d}"><span jsname="bN97Pc" class="H2Gmcc tyNBNd"><div class="SG0AAe">${options
        .map(
          (o) =>
            `<div class="nWQGrd zwllIb"><label class="docssharedWizToggleLabeledContainer ajDX4"><div class="bzfPab wFGF8"><div class="d7L4fc bJNwt FXLARc aomaEc ECvBRb${o === chosen ? ' N2RpBe' : ''}" jscontroller="EcW08c" jsname="wCJL8" role="radio" aria-label="${o}" tabindex="0" data-value="${o}" aria-checked="${o === chosen}"><div class="vd3tt"><div class="AB7Lab Id5V1"></div><div class="rseUEf nQOrEb"></div></div></div><div class="YEVVod"><div class="ulDsOb"><span dir="auto" class="aDTYNe snByac OvPDhc OIC90c">${o}</span></div></div></div></label></div>`,
        )
        .join('')}</div></span></div>`,
    { entry: chosen },
  );

const gSection = (title: string) =>
  `<div role="listitem" class="Qr7Oae"><div class="OxAavc"><div class="ThHDze"><div class="N0gd6"><div class="ahS2Le"><div role="heading" aria-level="2" class="aG9Vid">${title}</div></div></div></div></div></div>`;

const gForm = (items: string) =>
  `<div class="Uc2NEf"><div class="teQAzf"><form action="https://docs.google.com/forms/u/0/d/e/1FAIpQLSd0/formResponse" target="_self" method="POST" id="mG61Hd"><div class="RH5hzf RLS9Fe"><div class="lrKTG"><div class="Dq4amc"><div class="F9yp7e ikZYwf LgNcQe" dir="auto" role="heading" aria-level="1">Canakinumab (Ilaris) prior authorization</div></div><div class="md0UAd" aria-hidden="true" dir="auto">* Indicates required question</div><div role="list" class="o3Dpx">${items}</div><div class="ThHDze"><div class="lRwqcd"><div role="button" class="uArJ5e UQuaGc Y5sE8d VkkpIf QvWxOd" jsname="M2UYVd" tabindex="0"><span class="l4V7wb Fxmcue"><span class="NPEfkd RveJvd snByac">Submit</span></span></div></div></div></div></div><input type="hidden" name="fvv" value="1"><input type="hidden" name="fbzx" value="-2270683211795390946"></form></div></div>`;

describe('Google Forms: role=listitem questions, jsname inputs, role=listbox dropdown, role=checkbox divs', () => {
  it('reads the full Ilaris request', () => {
    page(
      gForm(
        `${gSection('Member')}${gText('Member ID', ILARIS['patient.memberId'], { required: true })}${gDate('Date of birth', '1988-03-14')}${gText('Weight (kg)', '72')}${gSection('Diagnosis')}${gCheckboxes('ICD-10 codes', CODE_OPTIONS, ['M04.1', 'M06.1'])}${gSection('Medication')}${gDropdown('Drug name', DRUG_OPTIONS, ILARIS['drug.name'])}${gText('HCPCS code', ILARIS['drug.hcpcs'])}${gText('NDC', ILARIS['drug.ndc'])}${gText('Dose (mg)', '150')}${gText('Billing units', '150')}${gRadios('Frequency', FREQUENCY_OPTIONS, 'Every 4 weeks')}${gSection('Labs')}${gText('CRP (mg/L)', '24')}${gDate('CRP collection date', '2026-11-02')}${gSection('Prescriber')}${gText('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual(ISO_REQUEST);
    noDuplicatePaths();
  });

  it('names a text answer by its heading (aria-labelledby), without the required star, and reads an empty one as empty, not "Your answer"', () => {
    page(gForm(`${gText('Member ID', ILARIS['patient.memberId'], { required: true })}${gText('Prescriber NPI', '')}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    nothingFrom('input[type=hidden]');
  });

  it('reads a date question of three boxes (Month / Day of the month / Year) as one date', () => {
    page(gForm(`${gSplitDate('Date of birth', ILARIS['patient.dob'])}${gSplitDate('CRP collection date', ILARIS['labs.crpDate'])}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
  });

  it('reads an empty three-box date as empty, not its MM / DD / YYYY prompts', () => {
    page(gForm(gSplitDate('Date of birth', '')));
    expect(read()).toEqual({ 'patient.dob': '' });
  });

  it('takes neither the "This is a required question" alert nor the prompt as a label or value', () => {
    page(
      gForm(
        gText('Member ID', '', { required: true }).replace(
          'role="alert"></div>',
          'role="alert"><div class="RHiWt"><span class="z8UAzd">This is a required question</span></div></div>',
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a closed dropdown listbox as its selected option', () => {
    page(gForm(gDropdown('Drug name', DRUG_OPTIONS, ILARIS['drug.name'])));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(mapped()).toHaveLength(1);
  });

  it('reads a dropdown still on "Choose" as empty', () => {
    page(gForm(gDropdown('Drug name', DRUG_OPTIONS, '')));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it("takes nothing from an open dropdown's popup copy of the options", () => {
    page(gForm(gDropdown('Drug name', DRUG_OPTIONS, ILARIS['drug.name'], true)));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.OA0qNb');
  });

  it('reads role=checkbox divs as the ticked choices of one question', () => {
    page(gForm(gCheckboxes('ICD-10 codes', CODE_OPTIONS, ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a role=radiogroup of role=radio divs by the checked one', () => {
    page(gForm(gRadios('Frequency', FREQUENCY_OPTIONS, 'Every 4 weeks')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });
});

// ---------------------------------------------------------------- Microsoft Forms

let mid = 0;
const mQuestion = (n: number, title: string, answer: (titleIds: string) => string, required = false) => {
  mid += 1;
  const q = `QuestionId_r${mid}a2c8f0e4b1d`;
  const info = `QuestionInfo_r${mid}a2c8f0e4b1d`;
  return `<div class="office-form-question  " data-automation-id="questionItem"><div class="office-form-question-content office-form-theme-focus-border"><div class="question-title-box"><div class="office-form-question-title" id="${q}" data-automation-id="questionTitle"><span class="ordinal-number">${n}.</span><span class="text-format-content" id="${info}"><span>${title}</span></span>${required ? '<span class="office-form-question-required" aria-label="Required">*</span>' : ''}</div></div><div class="office-form-question-element">${answer(`${q} ${info}`)}</div></div></div>`;
};

const mText = (n: number, title: string, value: string, required = false) =>
  mQuestion(
    n,
    title,
    (ids) =>
      `<div class="office-form-textfield"><input class="office-form-question-textbox office-form-textfield-input form-control office-form-theme-focus-border border-no-radius" aria-labelledby="${ids}" placeholder="Enter your answer" data-automation-id="textInput" maxlength="4000" spellcheck="true" value="${value}"></div>`,
    required,
  );

const mDate = (n: number, title: string, value: string) =>
  mQuestion(
    n,
    title,
    (ids) =>
      `<div class="ms-DatePicker office-form-date-picker"><div class="ms-TextField root-131"><div class="ms-TextField-wrapper"><div class="ms-TextField-fieldGroup fieldGroup-132"><input type="text" id="DatePicker${mid}-label" aria-labelledby="${ids}" class="ms-TextField-field field-133" placeholder="Please input date (M/d/yyyy)" aria-haspopup="dialog" aria-expanded="false" data-automation-id="dateInput" value="${value}"><i data-icon-name="Calendar" aria-hidden="true" class="ms-DatePicker-event--without-label root-135"></i></div></div></div></div>`,
  );

const mChoice = (n: number, title: string, options: string[], chosen: string) =>
  mQuestion(
    n,
    title,
    (ids) =>
      `<div class="office-form-question-choices" role="radiogroup" aria-labelledby="${ids}">${options
        .map(
          (o) =>
            `<div class="office-form-question-choice" data-automation-id="choiceItem"><div class="choice-item"><label><input type="radio" class="office-form-question-choice-input" name="r${mid}a2c8f0e4b1d" value="${o}"${o === chosen ? ' checked' : ''} aria-checked="${o === chosen}"><span class="office-form-question-choice-text-row"><span class="text-format-content">${o}</span></span></label></div></div>`,
        )
        .join('')}</div>`,
  );

const mForm = (questions: string) =>
  `<div id="form-container" class="office-form-container"><div class="office-form"><div class="office-form-title-content"><div class="office-form-title heading-1" role="heading" aria-level="1"><span class="text-format-content">Canakinumab prior authorization</span></div></div><div class="office-form-body"><div class="office-form-question-body">${questions}</div><div class="office-form-navigation-container"><button class="office-form-bottom-button button-control light-background-button __submit-button__" data-automation-id="submitButton" type="button"><div class="button-content">Submit</div></button></div></div></div></div>`;

describe('Microsoft Forms: questionItem blocks, aria-labelledby titles, DatePicker, radiogroup', () => {
  it('reads the Ilaris request', () => {
    page(
      mForm(
        `${mText(1, 'Member ID', ILARIS['patient.memberId'], true)}${mDate(2, 'Date of birth', '3/14/1988')}${mText(3, 'Weight (kg)', '72')}${mText(4, 'ICD-10 codes', 'M04.1, M06.1')}${mText(5, 'Drug name', ILARIS['drug.name'])}${mText(6, 'HCPCS code', ILARIS['drug.hcpcs'])}${mText(7, 'NDC', ILARIS['drug.ndc'])}${mText(8, 'Dose (mg)', '150')}${mText(9, 'Billing units', '150')}${mChoice(10, 'Frequency', FREQUENCY_OPTIONS, 'Every 4 weeks')}${mText(11, 'CRP (mg/L)', '24')}${mDate(12, 'CRP collection date', '11/2/2026')}${mText(13, 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '3/14/1988',
      'labs.crpDate': '11/2/2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names each answer by its title without the ordinal number or the required star', () => {
    page(mForm(`${mText(1, 'Member ID', ILARIS['patient.memberId'], true)}${mText(2, 'Prescriber NPI', '')}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads an empty DatePicker as empty, not its "Please input date (M/d/yyyy)" prompt', () => {
    page(mForm(mDate(1, 'Date of birth', '')));
    expect(read()).toEqual({ 'patient.dob': '' });
  });
});
