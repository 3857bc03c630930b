import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { noDuplicatePaths, REQUEST, requestForm, WITH_THERAPIES } from './request';

/**
 * Portal shells that load the request in same-origin frames: a legacy shell's body frame
 * (`iframe#newBodyFrame`), an application frame holding a content frame (two deep), a frame the
 * shell's router adds after the page loaded, all with `srcdoc` (happy-dom loads no URL; a frame
 * written by its parent is same-origin as srcdoc is). A help widget's frame (Zendesk's classic Web
 * Widget: `iframe#webWidget` written by its loader, a pre-chat form of Name, Email, Phone and
 * message) sits at the end of the body.
 */

const srcdoc = (html: string): string => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const header = `<header class="navbar"><a class="brand" href="/">Provider Portal</a>
  <form class="navbar-form" action="/members/search"><label for="hdr-q" class="sr-only">Member ID</label>
    <input id="hdr-q" name="q" type="text" placeholder="Member ID" value="W000111222"><button type="submit">Search</button></form>
  <nav><a href="/auth">Authorizations</a> <a href="/claims">Claims</a> <a href="/eligibility">Eligibility</a></nav></header>`;

const chatWidget = `<div id="launcher-wrapper"><iframe id="webWidget" title="Find more information here" tabindex="0" srcdoc="${srcdoc(`
  <div role="presentation"><div class="Container"><h1 class="title">Chat with us</h1>
    <form class="PrechatForm" novalidate>
      <div class="Input"><label for="pc-name">Your name</label><input id="pc-name" name="name" type="text" value="Dana Whitfield"></div>
      <div class="Input"><label for="pc-email">Email</label><input id="pc-email" name="email" type="email" value="dana@clinic.example"></div>
      <div class="Input"><label for="pc-phone">Phone number</label><input id="pc-phone" name="phone" type="tel" value="5550134477"></div>
      <div class="Input"><label for="pc-msg">Message</label><textarea id="pc-msg" name="message">Which HCPCS code for Ilaris? J3490 or J0638?</textarea></div>
      <button type="submit">Start chat</button></form></div></div>`)}"></iframe></div>`;

describe('request form in a same-origin frame', () => {
  it("reads the request inside the shell's body frame, not the shell's member search", () => {
    page(
      `${header}<main><iframe id="newBodyFrame" name="newBodyFrame" title="Application" srcdoc="${srcdoc(requestForm('pa', true))}"></iframe></main>`,
    );
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });

  it('reads a request nested two frames deep (application frame > content frame)', () => {
    const inner = `<div class="content"><iframe id="contentFrame" name="contentFrame" srcdoc="${srcdoc(requestForm())}"></iframe></div>`;
    page(
      `${header}<iframe id="appFrame" title="Prior authorization" srcdoc="${srcdoc(`<nav class="subnav"><a href="#">New request</a> <a href="#">Drafts</a></nav>${inner}`)}"></iframe>`,
    );
    expect(read()).toEqual(REQUEST);
  });

  it('reads a frame the shell adds after the page loaded', () => {
    page(`${header}<main id="outlet"><p class="loading">Loading…</p></main>`);
    read(); // the first scan, before the frame exists
    const frame = document.createElement('iframe');
    frame.title = 'Prior authorization';
    frame.srcdoc = requestForm();
    document.querySelector('#outlet')!.replaceChildren(frame);
    expect(read()).toEqual(REQUEST);
  });

  it('reads a request whose parts are split over two frames of one page (patient banner frame, order frame)', () => {
    const banner = `<form id="banner"><h2>Patient</h2>
      <label for="b-member">Member ID</label><input id="b-member" value="${REQUEST['patient.memberId']}">
      <label for="b-dob">Date of birth</label><input id="b-dob" value="${REQUEST['patient.dob']}">
      <label for="b-weight">Weight (kg)</label><input id="b-weight" value="${REQUEST['patient.weight']}"></form>`;
    const order = requestForm('o').replace(/<h3>Patient<\/h3>[\s\S]*?(?=<h3>Medication)/, '');
    page(`<iframe id="banner" srcdoc="${srcdoc(banner)}"></iframe><iframe id="order" srcdoc="${srcdoc(order)}"></iframe>`);
    expect(read()).toEqual(REQUEST);
  });
});

describe('a help widget frame beside the request', () => {
  it('reads nothing from a chat pre-chat form in its own frame (request in the page)', () => {
    page(`${header}<main>${requestForm()}</main>${chatWidget}`);
    expect(read()).toEqual(REQUEST);
  });

  it('reads nothing from a chat pre-chat form when the request is in a frame too', () => {
    page(`${header}<main><iframe id="newBodyFrame" srcdoc="${srcdoc(requestForm())}"></iframe></main>${chatWidget}`);
    expect(read()).toEqual(REQUEST);
  });
});
