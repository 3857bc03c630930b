import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayHoldForm, whenFormMayAppear } from './presence';

afterEach(() => {
  document.body.innerHTML = '';
});

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('mayHoldForm', () => {
  it('finds nothing to read on a page without controls (a dashboard)', () => {
    document.body.innerHTML = '<h1>Dashboard</h1><p>Welcome back.</p><a href="#">Messages</a><button>Sign out</button>';
    expect(mayHoldForm(document)).toBe(false);
  });

  it('takes a search box alone for no request form', () => {
    document.body.innerHTML = '<header><label>Search <input type="search"></label><button type="submit">Go</button></header>';
    expect(mayHoldForm(document)).toBe(false);
  });

  it('counts no hidden input and no button input', () => {
    document.body.innerHTML =
      '<form><input type="hidden" name="csrf"><input type="submit" value="Send"><input type="button" value="Back"><input name="q"></form>';
    expect(mayHoldForm(document)).toBe(false);
  });

  it('finds two native controls', () => {
    document.body.innerHTML = '<form><label>Drug <input></label><select><option>mg</option></select></form>';
    expect(mayHoldForm(document)).toBe(true);
  });

  it('finds custom controls by their roles, editable text and selects drawn as buttons', () => {
    document.body.innerHTML = '<div role="combobox" tabindex="0">Ilaris</div><div contenteditable="true"></div>';
    expect(mayHoldForm(document)).toBe(true);
    document.body.innerHTML = '<button class="select-button">mg</button><button aria-haspopup="dialog">Choose a date</button>';
    expect(mayHoldForm(document)).toBe(true);
    document.body.innerHTML = '<div contenteditable="false">text</div><button aria-haspopup="menu">Account</button>';
    expect(mayHoldForm(document)).toBe(false);
  });

  it('finds a table that may list prior therapies as text', () => {
    document.body.innerHTML = '<table><tr><td>Methotrexate</td><td>15 mg</td></tr></table>';
    expect(mayHoldForm(document)).toBe(true);
  });

  it('looks into open shadow roots, nested', () => {
    document.body.innerHTML = '<portal-shell></portal-shell>';
    const outer = document.querySelector('portal-shell')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<input><request-step></request-step>';
    outer.querySelector('request-step')!.attachShadow({ mode: 'open' }).innerHTML = '<input>';
    expect(mayHoldForm(document)).toBe(true);
  });

  it("counts a component's button that opens its picker, and no such button of the page's own", () => {
    document.body.innerHTML = '<label>Member ID <input></label><ion-datetime-button></ion-datetime-button>';
    const root = document.querySelector('ion-datetime-button')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<button aria-expanded="false">Mar 14, 1988</button>';
    expect(mayHoldForm(document)).toBe(true);
    document.body.innerHTML = '<label>Search <input></label><button aria-expanded="false">Menu</button>';
    expect(mayHoldForm(document)).toBe(false);
  });
});

describe('whenFormMayAppear', () => {
  it('answers at once on a page that holds controls', () => {
    document.body.innerHTML = '<input><input>';
    const found = vi.fn();
    whenFormMayAppear(window, found);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('answers once, after a single-page app renders a form', async () => {
    document.body.innerHTML = '<main><p>Loading…</p></main>';
    const found = vi.fn();
    whenFormMayAppear(window, found);
    await nextFrame();
    expect(found).not.toHaveBeenCalled();
    document.querySelector('main')!.innerHTML = '<label>Member ID <input></label>';
    await nextFrame();
    expect(found).not.toHaveBeenCalled();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<label>Drug <input></label><input>');
    await nextFrame();
    document.body.append(document.createElement('textarea'));
    await nextFrame();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('answers when an input turns from hidden to shown', async () => {
    document.body.innerHTML = '<input><input type="hidden" id="later">';
    const found = vi.fn();
    whenFormMayAppear(window, found);
    document.getElementById('later')!.setAttribute('type', 'text');
    await nextFrame();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('answers when a shadow root it looked into gets controls', async () => {
    document.body.innerHTML = '<request-step></request-step>';
    const root = document.querySelector('request-step')!.attachShadow({ mode: 'open' });
    const found = vi.fn();
    whenFormMayAppear(window, found);
    root.innerHTML = '<input><select></select>';
    await nextFrame();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('answers when a custom element defined later renders its controls into a shadow root', async () => {
    document.body.innerHTML = '<late-request-form></late-request-form>';
    const found = vi.fn();
    whenFormMayAppear(window, found);
    document.querySelector('late-request-form')!.attachShadow({ mode: 'open' }).innerHTML = '<input><input>';
    await vi.waitFor(() => expect(found).toHaveBeenCalledTimes(1));
  });

  it('looks no further while only text changes (a clock ticking)', async () => {
    document.body.innerHTML = '<p>Signed in at <span id="clock">10:00</span></p>';
    const looks = vi.spyOn(document, 'querySelectorAll');
    const stop = whenFormMayAppear(window, vi.fn());
    const before = looks.mock.calls.length;
    document.getElementById('clock')!.textContent = '10:01';
    await nextFrame();
    expect(looks.mock.calls.length).toBe(before);
    document.body.append(document.createElement('div'));
    await nextFrame();
    expect(looks.mock.calls.length).toBeGreaterThan(before);
    stop();
    looks.mockRestore();
  });

  it('stops looking when told to', async () => {
    document.body.innerHTML = '<p>Nothing yet</p>';
    const found = vi.fn();
    const stop = whenFormMayAppear(window, found);
    stop();
    document.body.innerHTML = '<input><input>';
    await nextFrame();
    expect(found).not.toHaveBeenCalled();
  });
});
