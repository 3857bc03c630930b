import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, nothingFrom } from '../round5/request';

/**
 * Typebot's chat embed (baptisteArno/typebot.io at 830ba71, packages/embeds/js/src: register.ts,
 * features/standard/components/Standard.tsx, components/Bot.tsx, components/ConversationContainer/{ChatContainer,
 * ChatChunk,AvatarSideContainer}.tsx, components/InputChatBlock.tsx, components/bubbles/{HostBubble,GuestBubble}.tsx,
 * features/blocks/bubbles/textBubble/components/{TextBubble,plate/PlateBlock,plate/PlateText}.tsx,
 * features/blocks/inputs/{textInput/components/TextInput,number/components/NumberInput,date/components/DateForm,
 * buttons/components/Buttons,buttons/components/MultipleChoicesForm,buttons/components/Checkbox}.tsx,
 * components/inputs/{ShortTextInput,SearchInput}.tsx, components/{SendButton,Button,LiteBadge}.tsx; defaults from
 * packages/blocks/inputs/src/{constants,text/constants,number/constants,choice/constants}.ts; the number input is
 * Ark UI's NumberInput over chakra-ui/zag at 24a5ba0, packages/machines/number-input/src/number-input.connect.ts):
 * - `typebot-standard` (solid-element) renders into its open shadow root: `style` then
 *   `div.typebot-container` > the chat view `div.typebot-chat-view` > `div` of chunks, then the "Made with Typebot"
 *   `a#lite-badge`.
 * - A chunk `div.typebot-chat-chunk`: the host's bubbles (`div.typebot-avatar-container` beside a column of
 *   `div.typebot-host-bubble` > `div.bubble-typing[data-testid=host-bubble]` (empty once typed) + `div.slate-html-container`
 *   > `div[data-element-type=p]` > `span`), then its input: answered, a `div.guest-container` >
 *   `div.typebot-guest-bubble[data-testid=guest-bubble] > span` (the answer as text, no control); unanswered,
 *   `div.typebot-input-container[data-blockid]` > the input's form. No label: the question is the host's bubble.
 * - Text: `form.typebot-input-form` > `div.typebot-input` > `div` > `input.text-input[type=text][placeholder="Type your
 *   answer..."]`, then the send `button` "Send". Number: Ark's `div[data-scope=number-input][data-part=root]` >
 *   `input[role=spinbutton][aria-roledescription=numberfield][inputmode=decimal]` (placeholder "Type a number...";
 *   a unit style formats the value, "72 kg") + `div[role=group]` of the increment/decrement buttons. Date:
 *   `input.typebot-datetime-input[type=date]` (ISO value). Choice: `div.typebot-buttons-input` > (searchable:
 *   `div.typebot-input` > `input[type=text][placeholder="Filter the options..."]` + a clear button) +
 *   `div[data-slot=list]` of `span > button[data-itemid]`; multiple: a form of `label.typebot-selectable(.selected)` >
 *   `input[type=checkbox].sr-only` + `div.typebot-checkbox` + `span` the choice, then the "Send" button.
 */

const avatar =
  '<div class="flex shrink-0 items-center relative typebot-avatar-container w-6 @xs:w-10" style="--top: 0px;"><div class="absolute flex items-center w-6 h-6 @xs:w-10 @xs:h-10 opacity-100"><figure class="flex justify-center items-center rounded-full text-white relative flex-shrink-0 w-6 h-6 text-sm @xs:w-10 @xs:h-10 @xs:text-xl"><svg width="75" height="75" viewBox="0 0 156 156" fill="none"><title>Default Avatar</title><rect width="156" height="156" rx="78" fill="#0042DA"></rect></svg></figure></div></div>';

const hostBubble = (text: string) =>
  `<div class="flex flex-col"><div class="flex w-full items-center"><div class="flex relative items-start typebot-host-bubble max-w-full"><div class="flex items-center absolute px-4 py-2 bubble-typing " style="width: 100%; height: 100%;" data-testid="host-bubble"></div><div class="overflow-hidden text-fade-in mx-4 my-2 whitespace-pre-wrap slate-html-container relative text-ellipsis opacity-100 h-full"><div data-element-type="p"><span class="">${text}</span></div></div></div></div></div>`;

const guestBubble = (answer: string) =>
  `<div class="flex justify-end items-end animate-fade-in gap-2 guest-container ml-7 @xs:ml-[50px]"><div class="flex flex-col gap-1 items-end"><div class="p-px whitespace-pre-wrap max-w-full typebot-guest-bubble flex flex-col" data-testid="guest-bubble"><span class="px-[15px] py-[7px]">${answer}</span></div></div></div>`;

const sendButton = (label = 'Send', type = 'button') =>
  `<button type="${type}" class="typebot-button w-full h-14 flex items-center">${label}</button>`;

const textInput = (value: string, placeholder = 'Type your answer...') =>
  `<form class="typebot-input-form flex w-full gap-2 items-end max-w-[350px]"><div class="relative typebot-input flex-col w-full"><div class="flex justify-between px-2 items-center"><input class="focus:outline-none bg-transparent px-4 py-4 flex-1 w-full text-input" type="text" placeholder="${placeholder}" value="${value}"></div></div>${sendButton()}</form>`;

const numberInput = (id: string, value: string, now: string) =>
  `<form class="typebot-input-form flex w-full gap-2 items-end max-w-[350px]"><div data-scope="number-input" data-part="root" id="number-input:${id}" dir="ltr" class="flex typebot-input w-full"><input data-scope="number-input" data-part="input" dir="ltr" id="number-input:${id}:input" role="spinbutton" inputmode="decimal" autocomplete="off" autocorrect="off" spellcheck="false" type="text" aria-roledescription="numberfield"${now ? ` aria-valuenow="${now}" aria-valuetext="${value}"` : ''} class="focus:outline-none bg-transparent px-4 py-4 flex-1 w-full text-input" style="font-size: 16px; appearance: auto;" placeholder="Type a number..." value="${value}"><div data-scope="number-input" data-part="control" dir="ltr" role="group" aria-disabled="false" class="flex flex-col rounded-r-md overflow-hidden divide-y h-[56px]"><button data-scope="number-input" data-part="increment-trigger" dir="ltr" id="number-input:${id}:inc" aria-label="increment value" type="button" tabindex="-1" aria-controls="number-input:${id}:input" class="flex items-center justify-center h-7 w-8 border-input-border border-l"><svg class="size-4" viewBox="0 0 24 24"><path d="m18 15-6-6-6 6"></path></svg></button><button data-scope="number-input" data-part="decrement-trigger" dir="ltr" id="number-input:${id}:dec" aria-label="decrease value" type="button" tabindex="-1" aria-controls="number-input:${id}:input" class="flex items-center justify-center h-7 w-8 border-input-border border-l"><svg class="size-4" viewBox="0 0 24 24"><path d="m6 9 6 6 6-6"></path></svg></button></div></div>${sendButton('Send', 'submit')}</form>`;

const dateInput = (value: string) =>
  `<div class="typebot-input-form flex gap-2 items-end"><form class="flex typebot-input items-center"><div class="flex flex-col"><div class="flex items-center p-4 "><input class="focus:outline-none flex-1 w-full text-input typebot-datetime-input" style="min-height: 32px; min-width: 100px; font-size: 16px;" type="date" data-testid="from-date" value="${value}"></div></div></form><button class="typebot-button h-[56px] flex items-center">Send</button></div>`;

/** the searchable list's filter box (SearchInput), with its clear button once something is typed */
const filterBox = (search: string) =>
  `<div class="flex items-end typebot-input w-full"><div class="flex justify-between items-center gap-2 w-full pr-4"><input class="focus:outline-none bg-transparent px-4 py-4 flex-1 w-full text-input" type="text" placeholder="Filter the options..." value="${search}">${
    search ? '<button type="button" class="w-5 h-5"><svg viewBox="0 0 24 24"><path d="M18 6 6 18"></path></svg></button>' : ''
  }</div></div>`;

const choiceButtons = (items: string[], search?: string) =>
  `<div class="flex flex-col items-end gap-2 w-full typebot-buttons-input">${search !== undefined ? filterBox(search) : ''}<div class="flex justify-end gap-2 w-full @xs:w-auto${search !== undefined ? ' overflow-y-scroll max-h-80 rounded-md' : ''}" data-slot="list">${items
    .map((item, i) => `<span class="relative"><button data-itemid="ci${i}" class="typebot-button w-full">${item}</button></span>`)
    .join('')}</div></div>`;

const check =
  '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="3"><polyline points="20 6 9 17 4 12"></polyline></svg>';
const multipleChoices = (items: string[], chosen: string[], search?: string) =>
  `<form class="flex flex-col items-end gap-2 w-full typebot-buttons-input">${search !== undefined ? filterBox(search) : ''}<div class="flex justify-end gap-2${search !== undefined ? ' overflow-y-scroll max-h-80 rounded-md' : ''}" data-slot="list">${items
    .map((item, i) => {
      const on = chosen.includes(item);
      return `<span class="relative w-full @xs:w-auto"><label class="block w-full py-2 px-4 font-semibold focus:outline-none cursor-pointer select-none typebot-selectable${on ? ' selected' : ''}" data-itemid="mc${i}"><input type="checkbox" class="sr-only"${on ? ' checked=""' : ''}><div class="flex items-center gap-2"><div class="w-4 h-4 typebot-checkbox${on ? ' checked' : ''} shrink-0">${on ? check : ''}</div><span>${item}</span></div></label></span>`;
    })
    .join('')}</div>${chosen.length ? '<button type="submit" class="typebot-button flex items-center">Send</button>' : ''}</form>`;

type Turn = { ask: string[]; answer?: string; input?: string; block?: string };

/** one chunk: the host's bubbles, then the answer as a guest bubble, or the input waiting for it */
const chunk = (t: Turn) =>
  `<div class="flex flex-col w-full min-w-0 gap-2 typebot-chat-chunk">${
    t.ask.length
      ? `<div class="flex gap-1 @xs:gap-2">${avatar}<div class="flex flex-col flex-1 gap-2 max-w-full">${t.ask.map(hostBubble).join('')}</div></div>`
      : ''
  }${
    t.answer !== undefined
      ? guestBubble(t.answer)
      : `<div class="flex justify-end animate-fade-in gap-1 @xs:gap-2 typebot-input-container" data-blockid="${t.block ?? 'blk'}"><div class="flex shrink-0 items-center w-6 h-6 @xs:w-10 @xs:h-10"></div>${t.input ?? ''}</div>`
  }</div>`;

/** the page embedding the bot: `typebot-standard` rendering the chunks into its open shadow root */
function chat(turns: Turn[]): void {
  page(
    `<main class="portal"><h1>Prior authorization assistant</h1><typebot-standard style="width: 100%; height: 600px;"></typebot-standard></main>`,
  );
  const root = document.querySelector('typebot-standard')!.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>:host{display:block}</style><div class="relative flex w-full overflow-hidden h-full text-base flex-col justify-center items-center typebot-container" style="--bot-container-height: 600px;"><div class="w-full h-full px-[calc((100%-var(--typebot-chat-container-max-width))/2)] @container flex @xs:items-center"><div class="@container relative typebot-chat-view w-full flex flex-col items-center pt-5 max-w-chat-container-max-width h-full overflow-y-auto scroll-smooth scrollable-container"><div class="w-full flex flex-col gap-2 @xs:px-5 px-3">${turns
    .map(chunk)
    .join(
      '',
    )}</div><div class="flex justify-center"></div><div class="w-full" style="height: 16px;"></div></div></div><a href="https://typebot.io/?utm_source=litebadge" target="_blank" rel="noopener noreferrer" class="lite-badge" id="lite-badge"><svg width="600" height="600" viewBox="0 0 600 600"><rect x="40" y="40" width="520" height="520" rx="100" fill="#0042DA"></rect></svg><span>Made with Typebot</span></a></div>`;
}

const HISTORY: Turn[] = [
  {
    ask: ['Hi! I will help you start a prior authorization for Ilaris.', "What is the patient's member ID?"],
    answer: ILARIS['patient.memberId'],
  },
  { ask: ["What is the patient's date of birth?"], answer: '1988-03-14' },
  { ask: ["What is the patient's weight in kg?"], answer: '72' },
];

describe("Typebot chat embed: past answers as bubbles, the current question's input at the bottom", () => {
  // misread: nothing is read at any step: each input sits in its own `form.typebot-input-form` and is named by nothing
  // (no label, only its placeholder "Type your answer..."): the host's question bubble above the input container in
  // the same chunk is not taken as its text before, so the fields keep only the page's h1 as their section
  it.fails('reads the request question by question, each input named by the question bubble above it', () => {
    const steps: [Turn, Record<string, string>][] = [
      [
        { ask: ["What is the patient's member ID?"], input: textInput(ILARIS['patient.memberId']) },
        { 'patient.memberId': ILARIS['patient.memberId'] },
      ],
      [{ ask: ["What is the patient's date of birth?"], input: dateInput('1988-03-14') }, { 'patient.dob': '1988-03-14' }],
      [{ ask: ["What is the patient's weight in kg?"], input: numberInput('cl-2', '72', '72') }, { 'patient.weight': '72' }],
      [{ ask: ['Which HCPCS code will be billed?'], input: textInput(ILARIS['drug.hcpcs']) }, { 'drug.hcpcs': ILARIS['drug.hcpcs'] }],
      [{ ask: ['What is the NDC?'], input: textInput(ILARIS['drug.ndc']) }, { 'drug.ndc': ILARIS['drug.ndc'] }],
      [
        { ask: ["What is the prescriber's NPI?"], input: textInput(ILARIS['prescriber.npi']) },
        { 'prescriber.npi': ILARIS['prescriber.npi'] },
      ],
    ];
    const history: Turn[] = [];
    for (const [turn, expected] of steps) {
      chat([...history, turn]);
      expect(read()).toEqual(expected);
      history.push({ ask: turn.ask, answer: Object.values(expected)[0] });
    }
  });

  // misread: prescriber.npi is missing: the input is named by nothing (see the first test); the bubbles above give none
  it.fails('reads only the current input, nothing from the answered questions above it', () => {
    chat([...HISTORY, { ask: ['Thanks!', "What is the prescriber's NPI?"], input: textInput(ILARIS['prescriber.npi']) }]);
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.guest-container');
  });

  // misread: the answers kept above as guest bubbles (member ID, date of birth, weight) are text, no control: only the
  // current input is read
  it.fails('reads the answers kept above as bubbles with the current input', () => {
    chat([...HISTORY, { ask: ["What is the prescriber's NPI?"], input: textInput(ILARIS['prescriber.npi']) }]);
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': '1988-03-14',
      'patient.weight': '72',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  // misread: prescriber.npi is missing: the empty input is named by nothing (see the first test)
  it.fails('reads an empty text input (its placeholder is no value) as empty', () => {
    chat([...HISTORY, { ask: ["What is the prescriber's NPI?"], input: textInput('') }]);
    expect(read()).toEqual({ 'prescriber.npi': '' });
  });

  // misread: patient.weight is missing: Ark's spinbutton input in its form is named by nothing (see the first test)
  it.fails('reads the number input by its formatted value, not its stepper buttons', () => {
    chat([HISTORY[0]!, HISTORY[1]!, { ask: ["What is the patient's weight?"], input: numberInput('cl-5', '72 kg', '72') }]);
    expect(read()).toEqual({ 'patient.weight': '72 kg' });
    expect(field('patient.weight')?.label).toMatch(/weight/i);
  });

  it('reads nothing from a choice question: its buttons hold no answer, its filter box ("Filter the options...") none either', () => {
    chat([
      ...HISTORY,
      { ask: ['How often will Ilaris be given?'], input: choiceButtons(['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 8') },
    ]);
    expect(read()).toEqual({});
  });

  // misread: diagnosis.codes.0 is missing: the ticked boxes join as one checkbox group reading "M04.1, M06.1", but
  // the group, in its form, is named by nothing (the question bubble above is not its text before)
  it.fails('reads the ticked choices of a multiple choice question as the ICD-10 codes', () => {
    chat([
      ...HISTORY,
      { ask: ['Which ICD-10 codes apply? Tick all that do.'], input: multipleChoices(['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']) },
    ]);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads nothing from the ticked choices\' filter box ("Filter the options...") holding a search', () => {
    chat([
      ...HISTORY,
      { ask: ['Which ICD-10 codes apply? Tick all that do.'], input: multipleChoices(['M04.1', 'M04.8', 'M04.9'], ['M04.1'], 'M04') },
    ]);
    nothingFrom('.typebot-input');
  });

  it('reads nothing from a choice question without a filter box: its buttons hold no answer', () => {
    chat([...HISTORY, { ask: ['How often will Ilaris be given?'], input: choiceButtons(['Every 4 weeks', 'Every 8 weeks', 'Once']) }]);
    expect(read()).toEqual({});
  });

  // misread: labs.crpDate is missing: the date input in its form is named by nothing (see the first test)
  it.fails('reads the CRP date by the question above it, not the CRP value question answered before', () => {
    chat([
      ...HISTORY,
      { ask: ['What was the most recent CRP value, in mg/L?'], answer: '24' },
      { ask: ['When was that sample collected?'], input: dateInput('2026-11-02') },
    ]);
    expect(read()).toEqual({ 'labs.crpDate': '2026-11-02' });
  });
});
