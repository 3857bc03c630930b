import { afterEach, describe, expect, it } from 'vitest';
import { mapped, page, read, units } from '../read';

/**
 * Layout patterns any portal platform produces: multi-step wizards with a review step,
 * repeating "Add medication" entries (ids suffixed _0, _1), checkbox labels after the box,
 * fieldset + legend Yes/No questions, tooltips and help text inside or beside labels,
 * character counters, "(required)" and asterisks in labels.
 */

afterEach(() => {
  document.body.innerHTML = '';
});

describe('wizard with a review step', () => {
  it('reads nothing from a review step that shows the request as text (earlier steps unmounted)', () => {
    page(`<div class="wizard"><ol class="steps"><li>Patient</li><li>Medication</li><li aria-current="step">Review</li></ol>
      <section class="step"><h2>Review and submit</h2>
        <h3>Patient <button type="button" class="btn-link">Edit</button></h3>
        <dl class="review"><dt>Member ID</dt><dd>W123456789</dd><dt>Date of birth</dt><dd>03/02/1980</dd><dt>Weight</dt><dd>70 kg</dd></dl>
        <h3>Medication <button type="button" class="btn-link">Edit</button></h3>
        <dl class="review"><dt>Drug name</dt><dd>Ilaris</dd><dt>Dose</dt><dd>150 mg</dd><dt>Diagnosis code</dt><dd>M04.1</dd></dl>
        <label><input type="checkbox" name="attest" checked> I attest that the information above is accurate</label>
        <button type="submit">Submit request</button></section></div>`);
    expect(read()).toEqual({});
  });

  it('reads each path once when earlier steps stay in the DOM (hidden) and the review repeats them as read-only boxes', () => {
    const therapy = (i: number, drug: string, outcome: string, ro = false) =>
      `<div class="therapy"><label for="${ro ? 'r' : ''}pt-drug-${i}">Medication</label><input id="${ro ? 'r' : ''}pt-drug-${i}" value="${drug}"${ro ? ' readonly class="form-control-plaintext"' : ' class="form-control"'}>
        <label for="${ro ? 'r' : ''}pt-out-${i}">Outcome</label><input id="${ro ? 'r' : ''}pt-out-${i}" value="${outcome}"${ro ? ' readonly class="form-control-plaintext"' : ' class="form-control"'}></div>`;
    page(`<form class="wizard">
      <fieldset class="step" style="display:none"><legend>Diagnosis</legend>
        <label for="dx1">Diagnosis code</label><input id="dx1" class="form-control" value="M04.1"></fieldset>
      <fieldset class="step" style="display:none"><legend>Prior therapies</legend>${therapy(0, 'colchicine', 'inadequate response')}</fieldset>
      <fieldset class="step"><legend>Review</legend>
        <h3>Diagnosis</h3><label for="rdx1">Diagnosis code</label><input id="rdx1" readonly class="form-control-plaintext" value="M04.1">
        <h3>Prior therapies</h3>${therapy(0, 'colchicine', 'inadequate response', true)}
      </fieldset></form>`);
    expect(read()).toEqual({
      'diagnosis.codes.0': 'M04.1',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'inadequate response',
    });
  });
});

describe('repeating "Add medication" entries', () => {
  const entry = (i: number, drug: string, start: string, end: string | null, reason: string, currentName = `medications[${i}].current`) => `
    <div class="med-entry" id="med_${i}"><h4>Medication ${i + 1}</h4>
      <div class="row">
        <div class="col"><label for="medName_${i}">Medication</label><input id="medName_${i}" name="medications[${i}].name" value="${drug}"></div>
        <div class="col"><label for="medStart_${i}">Start date</label><input id="medStart_${i}" name="medications[${i}].start" value="${start}"></div>
        <div class="col"><input type="checkbox" id="medCurrent_${i}" name="${currentName}"${end === null ? ' checked' : ''}><label for="medCurrent_${i}">Currently taking</label></div>
        ${end === null ? '' : `<div class="col"><label for="medEnd_${i}">End date</label><input id="medEnd_${i}" name="medications[${i}].end" value="${end}"></div>`}
        <div class="col"><label for="medReason_${i}">Reason discontinued</label><input id="medReason_${i}" name="medications[${i}].reason" value="${reason}"></div>
      </div><button type="button" class="btn-link">Remove</button></div>`;

  it('keeps each entry’s dates on its own row when an earlier entry hides its End date ("Currently taking")', () => {
    page(`<form><h2>Requested medication</h2><label for="drug">Drug name</label><input id="drug" value="Ilaris">
      <h2>Medication history</h2>
      <div id="medications">${entry(0, 'colchicine', '01/2024', null, '')}${entry(1, 'anakinra', '02/2024', '08/2024', 'injection-site reactions')}</div>
      <button type="button">+ Add medication</button></form>`);
    expect(read()).toEqual({
      'drug.name': 'Ilaris',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': '01/2024',
      'priorTherapies.0.outcome': '',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.start': '02/2024',
      'priorTherapies.1.stop': '08/2024',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });

  it('keeps row 1’s End date on row 1 when row 0 has none (the "Currently taking" box named neutrally)', () => {
    page(`<form><h2>Requested medication</h2><label for="drug">Drug name</label><input id="drug" value="Ilaris">
      <h2>Medication history</h2>
      <div id="medications">${entry(0, 'colchicine', '01/2024', null, '', 'isCurrent_0')}${entry(1, 'anakinra', '02/2024', '08/2024', 'injection-site reactions', 'isCurrent_1')}</div>
      <button type="button">+ Add medication</button></form>`);
    expect(read()).toMatchObject({ 'priorTherapies.1.drug': 'anakinra', 'priorTherapies.1.stop': '08/2024' });
    expect(read()['priorTherapies.0.stop']).toBeUndefined();
  });

  it('reads entries that show every field as consecutive rows (the "Currently taking" box named medications[i].current)', () => {
    page(`<form><h2>Requested medication</h2><label for="drug">Drug name</label><input id="drug" value="Ilaris">
      <h2>Medication history</h2>
      <div id="medications">${entry(0, 'colchicine', '01/2024', '06/2024', 'inadequate response')}${entry(1, 'anakinra', '07/2024', '08/2024', 'injection-site reactions')}</div>
      <button type="button">+ Add medication</button></form>`);
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.stop': '06/2024',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.stop': '08/2024',
    });
  });
});

describe('checkboxes with their label after the box', () => {
  it('reads each box by the label after it when the labels are not linked (no for, not wrapping)', () => {
    page(`<form><h3>Clinical criteria</h3><p>Check all that apply.</p>
      <div class="checkbox"><input type="checkbox" name="chk1"> <label>Colchicine is contraindicated or not tolerated</label></div>
      <div class="checkbox"><input type="checkbox" name="chk2" checked> <label>NSAIDs are contraindicated or not tolerated</label></div>
      <div class="checkbox"><input type="checkbox" name="chk3"> <label>Patient has been hospitalized for a flare</label></div>
    </form>`);
    expect(read()).toEqual({
      'clinical.colchicineContraindicated': '',
      'clinical.nsaidContraindicated': 'Yes',
      'clinical.hospitalization': '',
    });
  });

  it('reads linked labels after boxes (Bootstrap form-check)', () => {
    page(`<form><h3>Clinical criteria</h3>
      <div class="form-check"><input class="form-check-input" type="checkbox" id="c1"><label class="form-check-label" for="c1">Colchicine is contraindicated or not tolerated</label></div>
      <div class="form-check"><input class="form-check-input" type="checkbox" id="c2" checked><label class="form-check-label" for="c2">NSAIDs are contraindicated or not tolerated</label></div>
    </form>`);
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': '', 'clinical.nsaidContraindicated': 'Yes' });
  });
});

describe('questions as fieldset + legend', () => {
  it('reads Yes/No radios under a legend question, with a help paragraph between legend and options', () => {
    page(`<form>
      <fieldset><legend>Will the patient continue colchicine? <span class="req">*</span></legend>
        <p class="help">Answer No if colchicine was stopped because of side effects.</p>
        <input type="radio" id="q1y" name="q1" value="Y" checked><label for="q1y">Yes</label>
        <input type="radio" id="q1n" name="q1" value="N"><label for="q1n">No</label></fieldset>
      <fieldset><legend>Has the patient been hospitalized for a flare?</legend>
        <input type="radio" id="q2y" name="q2" value="Y"><label for="q2y">Yes</label>
        <input type="radio" id="q2n" name="q2" value="N" checked><label for="q2n">No</label></fieldset>
    </form>`);
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes', 'clinical.hospitalization': 'No' });
  });
});

describe('tooltips, help text, counters and required markers in or beside labels', () => {
  it('names the Dose box by its label, not by the text of a CSS tooltip inside the label', () => {
    page(`<form><h3>Medication requested</h3>
      <div class="form-group"><label for="dose">Dose <span class="tooltip"><span class="tooltip-icon" aria-hidden="true">?</span><span class="tooltiptext" role="tooltip">For weight-based dosing enter the total mg (2 mg/kg × body weight)</span></span></label>
        <input id="dose" value="150"></div>
      <h3>Patient</h3>
      <div class="form-group"><label for="wt">Weight (kg)</label><input id="wt" value="70"></div>
    </form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'patient.weight': '70' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });

  it('reads labels with a screen-reader "(required)" and a visible asterisk in separate spans', () => {
    page(`<form>
      <label for="a">Drug <span class="visually-hidden">(required)</span><span class="text-danger" aria-hidden="true">*</span></label><input id="a" value="Ilaris">
      <label for="b">Diagnosis <span class="sr-only">required</span><abbr title="required">*</abbr></label><input id="b" value="Still disease">
      <label for="c"><span class="required-marker">*</span> Units (required)</label><input id="c" value="150">
    </form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris', 'diagnosis.indication': 'Still disease', 'drug.units': '150' });
  });

  it('does not give a weight-based dose ("Dose (mg/kg)") the unit kg', () => {
    page(`<form><h3>Patient</h3><label for="w">Weight (kg)</label><input id="w" value="40">
      <h3>Medication requested</h3><label for="d">Dose (mg/kg)</label><input id="d" value="4"></form>`);
    expect(read()).toEqual({ 'patient.weight': '40', 'drug.dose': '4' });
    expect(units()['drug.doseUnit']).not.toBe('kg');
  });

  it('puts each unit select on the quantity of its own row (Weight / Unit, Dose / Unit, CRP / Unit rows)', () => {
    const unitSelect = (opts: string[], chosen: string) =>
      `<select aria-label="Unit">${opts.map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select>`;
    page(`<form><table>
      <tr><th scope="row">Weight</th><td><input value="154"></td><td>${unitSelect(['kg', 'lb'], 'lb')}</td></tr>
      <tr><th scope="row">Dose</th><td><input value="150"></td><td>${unitSelect(['mg', 'mL'], 'mg')}</td></tr>
      <tr><th scope="row">CRP result</th><td><input value="4.5"></td><td>${unitSelect(['mg/L', 'mg/dL'], 'mg/dL')}</td></tr>
    </table></form>`);
    expect(read()).toEqual({
      'patient.weight': '154',
      'patient.weightUnit': 'lb',
      'drug.dose': '150',
      'drug.doseUnit': 'mg',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/dL',
    });
  });

  it('does not take the counter after a textarea for the label of the box after it', () => {
    page(`<form><div class="field"><div class="lbl">Clinical justification</div><textarea maxlength="2000">Failed colchicine</textarea><div class="counter">1,983 characters remaining</div></div>
      <div class="field"><div class="lbl">Frequency</div><input value="every 8 weeks"></div></form>`);
    expect(read()).toEqual({ 'drug.frequency': 'every 8 weeks' });
    expect(mapped()).toHaveLength(1);
  });
});

describe('a prior therapy laid out as label and box cells over several table rows', () => {
  const pair = (label: string, name: string, value: string) => `<td>${label}</td><td><input name="${name}" value="${value}"></td>`;

  it('reads one therapy whose Start and Stop sit on the row after Drug and Dose', () => {
    page(`<form><h3>Prior therapy</h3><table>
      <tr>${pair('Drug', 'a', 'colchicine')}${pair('Dose', 'b', '0.6 mg twice daily')}</tr>
      <tr>${pair('Start date', 'c', '01/05/2026')}${pair('Stop date', 'd', '03/20/2026')}</tr>
    </table></form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
    });
  });

  it('reads one therapy per row when each row repeats the same labels', () => {
    page(`<form><h3>Prior therapies</h3><table>
      <tr>${pair('Drug', 'a0', 'colchicine')}${pair('Dose', 'b0', '0.6 mg twice daily')}</tr>
      <tr>${pair('Drug', 'a1', 'anakinra')}${pair('Dose', 'b1', '100 mg daily')}</tr>
    </table></form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
    });
  });
});
