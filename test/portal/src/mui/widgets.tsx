import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';

/**
 * MUI (v5/v6, outlined variant) widgets written with plain React, producing the DOM MUI renders
 * and behaving like it; modelled on mui/material-ui:
 * - `TextField`: packages/mui-material/src/TextField/TextField.js (id from useId, label
 *   `${id}-label` with htmlFor, helper text `${id}-helper-text`), InputLabel (data-shrink),
 *   OutlinedInput + NotchedOutline.js (`fieldset[aria-hidden] > legend > span` repeating the label),
 *   InputAdornment.
 * - `Select` (TextField select): src/Select/SelectInput.js — `div[role=combobox].MuiSelect-select`
 *   with `aria-labelledby="<label id> <own id>"`, the zero-width-space span when empty, the
 *   `input.MuiSelect-nativeInput[aria-hidden][tabindex=-1]` whose value React sets as a property
 *   (its onChange only serves autofill), opening on left mousedown or Space/ArrowUp/ArrowDown/Enter;
 *   the Menu (src/Menu, Popover, Modal/ModalManager.ts, MenuList.js, MenuItem.js) portalled to the
 *   end of `<body>` with a backdrop and focus sentinels, `ul[role=listbox]`,
 *   `li[role=option][data-value]`, focus moved to the selected item, the rest of `<body>`
 *   aria-hidden while open.
 * - `Autocomplete multiple freeSolo`: src/Autocomplete/Autocomplete.js + useAutocomplete.js
 *   (keydown on the root: Enter creates an option, Backspace on an empty input removes the focused
 *   or last tag, ArrowLeft/Right move over tags) and Chip.js (`MuiAutocomplete-tag`,
 *   `data-tag-index`, `tabindex=-1`, delete icon click, Backspace/Delete keyup on a focused chip).
 * Class names follow MUI's utility classes; emotion's `css-…` classes are stand-ins.
 */

const cx = (...parts: (string | false | null | undefined)[]): string => parts.filter(Boolean).join(' ');

interface LabelProps {
  id: string;
  label: string;
  shrink: boolean;
  focused: boolean;
  filled: boolean;
}

function InputLabel({ id, label, shrink, focused, filled }: LabelProps) {
  return (
    <label
      className={cx(
        'MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated',
        shrink && 'MuiInputLabel-shrink',
        'MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary',
        filled && 'MuiFormLabel-filled',
        focused && 'Mui-focused',
        'css-113d811',
      )}
      data-shrink={shrink ? 'true' : 'false'}
      htmlFor={id}
      id={`${id}-label`}
    >
      {label}
    </label>
  );
}

function NotchedOutline({ label, notched }: { label: string; notched: boolean }) {
  return (
    <fieldset aria-hidden="true" className="MuiOutlinedInput-notchedOutline css-5v2ak0">
      <legend className={notched ? 'css-w1u3ce' : 'css-1d3z3hw'}>
        <span>{label}</span>
      </legend>
    </fieldset>
  );
}

function FormControl({ children, fullWidth, className }: { children: ReactNode; fullWidth?: boolean; className?: string }) {
  return (
    <div className={cx('MuiFormControl-root', fullWidth && 'MuiFormControl-fullWidth', 'MuiTextField-root', className, 'css-1u3bzj6')}>
      {children}
    </div>
  );
}

function HelperText({ id, text }: { id: string; text: string }) {
  return (
    <p className="MuiFormHelperText-root MuiFormHelperText-sizeMedium MuiFormHelperText-contained css-er619e" id={id}>
      {text}
    </p>
  );
}

// ---------------------------------------------------------------------------------------------
// TextField

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  helperText?: string;
  /** an end InputAdornment, e.g. "mg" */
  unit?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
  className?: string;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const [focused, setFocused] = useState(false);
  const filled = props.value !== '';
  const shrink = focused || filled;
  const helperId = props.helperText ? `${id}-helper-text` : undefined;
  return (
    <FormControl className={props.className}>
      <InputLabel id={id} label={props.label} shrink={shrink} focused={focused} filled={filled} />
      <div
        className={cx(
          'MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary',
          focused && 'Mui-focused',
          'MuiInputBase-formControl',
          props.unit && 'MuiInputBase-adornedEnd',
          'css-1blp12k',
        )}
      >
        <input
          aria-invalid="false"
          aria-describedby={helperId}
          id={id}
          type="text"
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          className={cx('MuiInputBase-input MuiOutlinedInput-input', props.unit && 'MuiInputBase-inputAdornedEnd', 'css-16wblaj')}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        />
        {props.unit ? (
          <div className="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium css-1nvf7g0">
            <p className="MuiTypography-root MuiTypography-body1 css-1hyl1fm">{props.unit}</p>
          </div>
        ) : null}
        <NotchedOutline label={props.label} notched={shrink} />
      </div>
      {props.helperText && helperId ? <HelperText id={helperId} text={props.helperText} /> : null}
    </FormControl>
  );
}

// ---------------------------------------------------------------------------------------------
// Select (TextField select) + Menu

export interface SelectFieldProps {
  label: string;
  name: string;
  value: string;
  options: { value: string; text: string }[];
  onChange(value: string): void;
  className?: string;
}

/** ModalManager.ariaHiddenSiblings: everything else in <body> is hidden from AT while a modal is open. */
const SKIP_TAGS = new Set([
  'TEMPLATE',
  'SCRIPT',
  'STYLE',
  'LINK',
  'MAP',
  'META',
  'NOSCRIPT',
  'PICTURE',
  'COL',
  'COLGROUP',
  'PARAM',
  'SLOT',
  'SOURCE',
  'TRACK',
]);

function useAriaHiddenSiblings(root: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => {
    const mount = root.current;
    if (!open || !mount) return undefined;
    const hidden: Element[] = [];
    for (const el of Array.from(document.body.children)) {
      if (el === mount || SKIP_TAGS.has(el.tagName) || el.getAttribute('aria-hidden') === 'true') continue;
      el.setAttribute('aria-hidden', 'true');
      hidden.push(el);
    }
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      for (const el of hidden) el.removeAttribute('aria-hidden');
      document.body.style.overflow = overflow;
    };
  }, [root, open]);
}

interface MenuProps {
  name: string;
  listboxId: string;
  labelId: string;
  anchor: HTMLElement;
  value: string;
  options: { value: string; text: string }[];
  onChoose(value: string): void;
  onClose(): void;
}

function SelectMenu(props: MenuProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const selected = props.options.findIndex((o) => o.value === props.value);
  const activeIndex = selected === -1 ? 0 : selected;
  const [focusVisible, setFocusVisible] = useState(-1);
  useAriaHiddenSiblings(rootRef, true);

  // MenuList autoFocusItem: the selected (else first) item takes focus when the menu opens
  useEffect(() => {
    (listRef.current?.children[activeIndex] as HTMLElement | undefined)?.focus();
  }, [activeIndex]);

  const items = () => Array.from(listRef.current?.children ?? []) as HTMLElement[];
  const move = (to: number) => {
    const list = items();
    const i = Math.max(0, Math.min(list.length - 1, to)); // disableListWrap
    list[i]?.focus();
    setFocusVisible(i);
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = items().indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(current + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(current - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      move(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      move(props.options.length - 1);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      props.onClose();
    } else if (event.key.length === 1 && event.key !== ' ') {
      const i = props.options.findIndex((o) => o.text.toLowerCase().startsWith(event.key.toLowerCase()));
      if (i !== -1) move(i);
    }
  };

  // Popover: below the anchor, moved back inside the viewport (marginThreshold 16px); the modal is fixed
  const paperRef = useRef<HTMLDivElement>(null);
  const r = props.anchor.getBoundingClientRect();
  useLayoutEffect(() => {
    const paper = paperRef.current;
    if (!paper) return;
    const bottom = r.bottom + paper.offsetHeight;
    if (bottom > window.innerHeight - 16) paper.style.top = `${Math.max(16, window.innerHeight - 16 - paper.offsetHeight)}px`;
  });
  return (
    <div
      ref={rootRef}
      role="presentation"
      className="MuiPopover-root MuiMenu-root MuiModal-root css-1dnugh3"
      id={`menu-${props.name}`}
      onKeyDown={(event) => {
        // Modal: Escape closes
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div
        aria-hidden="true"
        className="MuiBackdrop-root MuiBackdrop-invisible MuiModal-backdrop css-esi9ax"
        style={{ opacity: 1 }}
        onClick={props.onClose}
      />
      <div tabIndex={0} data-testid="sentinelStart" />
      <div
        className="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation8 MuiPopover-paper MuiMenu-paper css-1tktgsa"
        ref={paperRef}
        tabIndex={-1}
        style={{ opacity: 1, transform: 'none', minWidth: r.width, top: r.bottom, left: r.left, transformOrigin: '0px 0px' }}
      >
        <ul
          ref={listRef}
          className="MuiList-root MuiList-padding MuiMenu-list css-r8u8y9"
          role="listbox"
          tabIndex={-1}
          aria-labelledby={props.labelId}
          id={props.listboxId}
          onKeyDown={onListKeyDown}
        >
          {props.options.map((o, i) => (
            <li
              key={o.value}
              className={cx(
                'MuiButtonBase-root MuiMenuItem-root MuiMenuItem-gutters',
                i === focusVisible && 'Mui-focusVisible',
                o.value === props.value && 'Mui-selected',
                'MuiMenuItem-root MuiMenuItem-gutters',
                o.value === props.value && 'Mui-selected',
                'css-1km1ehz',
              )}
              tabIndex={i === activeIndex ? 0 : -1}
              role="option"
              aria-selected={o.value === props.value ? 'true' : 'false'}
              data-value={o.value}
              onClick={() => props.onChoose(o.value)}
              onKeyDown={(event) => {
                // ButtonBase: Enter on a non-button element clicks; SelectInput: Space chooses
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  props.onChoose(o.value);
                }
              }}
            >
              {o.text}
              <span className="MuiTouchRipple-root css-w0pj6f" />
            </li>
          ))}
        </ul>
      </div>
      <div tabIndex={0} data-testid="sentinelEnd" />
    </div>
  );
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  const listboxId = useId();
  const displayRef = useRef<HTMLDivElement>(null);
  // the menu's anchor is state, as MUI keeps it: a ref read while rendering is not seen by React
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const displayNode = useCallback((node: HTMLDivElement | null) => {
    displayRef.current = node;
    setAnchor(node?.parentElement ?? null);
  }, []);
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(false);
  const chosen = props.options.find((o) => o.value === props.value);
  const filled = props.value !== '';
  const shrink = focused || filled || open;

  const close = () => {
    setOpen(false);
    displayRef.current?.focus(); // the modal's focus trap restores focus to the combobox
  };
  const choose = (value: string) => {
    if (value !== props.value) props.onChange(value);
    close();
  };

  return (
    <FormControl className={props.className}>
      <InputLabel id={id} label={props.label} shrink={shrink} focused={focused || open} filled={filled} />
      <div
        className={cx(
          'MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary',
          (focused || open) && 'Mui-focused',
          'MuiInputBase-formControl css-1blp12k',
        )}
      >
        <div
          ref={displayNode}
          tabIndex={0}
          role="combobox"
          aria-controls={listboxId}
          aria-expanded={open ? 'true' : 'false'}
          aria-haspopup="listbox"
          aria-labelledby={`${id}-label ${id}`}
          id={id}
          className="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input css-qiwgdb"
          onMouseDown={(event) => {
            if (event.button !== 0) return;
            event.preventDefault();
            displayRef.current?.focus();
            setOpen(true);
          }}
          onKeyDown={(event) => {
            if ([' ', 'ArrowUp', 'ArrowDown', 'Enter'].includes(event.key)) {
              event.preventDefault();
              setOpen(true);
            }
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        >
          {chosen ? chosen.text : <span className="notranslate">{'\u200b'}</span>}
        </div>
        <input
          aria-invalid="false"
          name={props.name}
          aria-hidden="true"
          tabIndex={-1}
          className="MuiSelect-nativeInput css-1k3x8v3"
          value={props.value}
          // autofill support: a value matching an option is taken
          onChange={(event) => {
            if (props.options.some((o) => o.value === event.target.value)) props.onChange(event.target.value);
          }}
        />
        <svg
          className={cx(
            'MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiSelect-icon MuiSelect-iconOutlined',
            open && 'MuiSelect-iconOpen',
            'css-bpeome',
          )}
          focusable="false"
          aria-hidden="true"
          viewBox="0 0 24 24"
          data-testid="ArrowDropDownIcon"
        >
          <path d="M7 10l5 5 5-5z" />
        </svg>
        <NotchedOutline label={props.label} notched={shrink} />
      </div>
      {open && anchor
        ? createPortal(
            <SelectMenu
              name={props.name}
              listboxId={listboxId}
              labelId={`${id}-label`}
              anchor={anchor}
              value={props.value}
              options={props.options}
              onChoose={choose}
              onClose={close}
            />,
            document.body,
          )
        : null}
    </FormControl>
  );
}

// ---------------------------------------------------------------------------------------------
// Autocomplete multiple freeSolo (tags)

export interface TagsFieldProps {
  label: string;
  value: string[];
  onChange(value: string[]): void;
  placeholder?: string;
}

const CANCEL_ICON =
  'M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z';
const CLOSE_ICON = 'M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z';

export function TagsField(props: TagsFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [inputValue, setInputValue] = useState('');
  const [focused, setFocused] = useState(false);
  const [focusedTag, setFocusedTag] = useState(-1);
  const value = props.value;
  const filled = value.length > 0 || inputValue !== '';
  const shrink = focused || filled;
  const dirty = inputValue.length > 0 || value.length > 0;

  const focusTag = (index: number) => {
    if (index === -1) inputRef.current?.focus();
    else (rootRef.current?.querySelector(`[data-tag-index="${index}"]`) as HTMLElement | null)?.focus();
  };
  const handleValue = (next: string[]) => {
    if (next.length === value.length && next.every((v, i) => v === value[i])) return;
    props.onChange(next);
  };
  const removeTag = (index: number) => handleValue(value.filter((_, i) => i !== index));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (focusedTag !== -1 && !['ArrowLeft', 'ArrowRight'].includes(event.key)) {
      setFocusedTag(-1);
      focusTag(-1);
    }
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const previous = event.key === 'ArrowLeft';
        let next = focusedTag;
        if (focusedTag === -1) {
          if (inputValue === '' && previous) next = value.length - 1;
        } else {
          next += previous ? -1 : 1;
          if (next < 0) next = 0;
          if (next === value.length) next = -1;
        }
        setFocusedTag(next);
        focusTag(next);
        break;
      }
      case 'Enter':
        if (inputValue !== '') {
          event.preventDefault(); // lets staff add codes before submitting
          setInputValue('');
          if (!value.includes(inputValue)) handleValue([...value, inputValue]);
        }
        break;
      case 'Escape':
        if (inputValue !== '' || value.length > 0) {
          event.preventDefault();
          event.stopPropagation();
          setInputValue('');
          handleValue([]);
        }
        break;
      case 'Backspace':
        if (inputValue === '' && value.length > 0) removeTag(focusedTag === -1 ? value.length - 1 : focusedTag);
        break;
      case 'Delete':
        if (inputValue === '' && value.length > 0 && focusedTag !== -1) removeTag(focusedTag);
        break;
    }
  };

  return (
    <div
      ref={rootRef}
      className={cx(
        'MuiAutocomplete-root MuiAutocomplete-fullWidth',
        focused && 'Mui-focused',
        dirty && 'MuiAutocomplete-hasClearIcon',
        'css-1h51icj',
      )}
      onKeyDown={onKeyDown}
      onMouseDown={(event) => {
        if ((event.target as Element).getAttribute('id') !== id) event.preventDefault();
      }}
      onClick={() => inputRef.current?.focus()}
    >
      <FormControl fullWidth>
        <InputLabel id={id} label={props.label} shrink={shrink} focused={focused} filled={filled} />
        <div
          className={cx(
            'MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth',
            focused && 'Mui-focused',
            'MuiInputBase-formControl',
            value.length > 0 && 'MuiInputBase-adornedStart',
            'MuiInputBase-adornedEnd MuiAutocomplete-inputRoot css-1mc3ehd',
          )}
        >
          {value.map((tag, index) => (
            <div
              key={index}
              className="MuiButtonBase-root MuiChip-root MuiChip-filled MuiChip-sizeMedium MuiChip-colorDefault MuiChip-deletable MuiChip-deletableColorDefault MuiChip-filledDefault MuiAutocomplete-tag MuiAutocomplete-tagSizeMedium css-1e6fqdq"
              tabIndex={-1}
              role="button"
              data-tag-index={index}
              onKeyUp={(event) => {
                // Chip: Backspace/Delete on the focused chip deletes it
                if (event.currentTarget === event.target && (event.key === 'Backspace' || event.key === 'Delete')) removeTag(index);
              }}
            >
              <span className="MuiChip-label MuiChip-labelMedium css-14vsv3w">{tag}</span>
              <svg
                className="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiChip-deleteIcon MuiChip-deleteIconMedium MuiChip-deleteIconColorDefault MuiChip-deleteIconFilledColorDefault css-1xjnn6u"
                focusable="false"
                aria-hidden="true"
                viewBox="0 0 24 24"
                data-testid="CancelIcon"
                onClick={(event) => {
                  event.stopPropagation();
                  removeTag(index);
                }}
              >
                <path d={CANCEL_ICON} />
              </svg>
            </div>
          ))}
          <input
            ref={inputRef}
            aria-invalid="false"
            autoComplete="off"
            id={id}
            type="text"
            className={cx(
              'MuiInputBase-input MuiOutlinedInput-input',
              value.length > 0 && 'MuiInputBase-inputAdornedStart',
              'MuiInputBase-inputAdornedEnd MuiAutocomplete-input',
              focused && 'MuiAutocomplete-inputFocused',
              'css-1uvydh2',
            )}
            aria-autocomplete="list"
            aria-expanded="false"
            autoCapitalize="none"
            spellCheck="false"
            role="combobox"
            placeholder={props.placeholder}
            value={inputValue}
            onChange={(event) => setInputValue(event.target.value)}
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false);
              setFocusedTag(-1);
            }}
          />
          <div className="MuiAutocomplete-endAdornment css-mxbfdh">
            <button
              className="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeMedium MuiAutocomplete-clearIndicator css-edpqz1"
              tabIndex={-1}
              type="button"
              aria-label="Clear"
              title="Clear"
              onClick={() => {
                setInputValue('');
                handleValue([]);
              }}
            >
              <svg
                className="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall css-1k33q06"
                focusable="false"
                aria-hidden="true"
                viewBox="0 0 24 24"
                data-testid="CloseIcon"
              >
                <path d={CLOSE_ICON} />
              </svg>
              <span className="MuiTouchRipple-root css-w0pj6f" />
            </button>
          </div>
          <NotchedOutline label={props.label} notched={shrink} />
        </div>
      </FormControl>
    </div>
  );
}
