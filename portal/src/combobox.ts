import { h, id } from './dom';

export interface Option { value: string; label: string; detail?: string; search: string }

/**
 * A searchable single choice (WAI-ARIA combobox with a listbox): type part of a name, pick with the arrows and
 * Enter, or tap. The chosen value is what the form sends; the input shows the name.
 */
export function combobox(opts: {
  inputId: string; options: Option[]; value?: string; placeholder?: string; noneText: string; describedBy?: string;
  onChange: (value: string | undefined) => void;
}): { root: HTMLElement; input: HTMLInputElement; value: () => string | undefined } {
  let chosen = opts.value;
  let active = -1;
  let shown: Option[] = [];
  const listId = id('listbox');
  const input = h('input', {
    id: opts.inputId, type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': listId, placeholder: opts.placeholder, spellcheck: 'false',
    'aria-describedby': opts.describedBy,
  });
  const list = h('ul', { id: listId, role: 'listbox', className: 'listbox', hidden: true });
  const labelOf = (v: string | undefined) => opts.options.find((o) => o.value === v)?.label ?? '';
  input.value = labelOf(chosen);

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (o: Option) => {
    chosen = o.value;
    input.value = o.label;
    close();
    opts.onChange(chosen);
  };
  const highlight = (index: number) => {
    active = index;
    Array.from(list.children).forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = list.children[index] as HTMLElement | undefined;
    if (li) { input.setAttribute('aria-activedescendant', li.id); li.scrollIntoView({ block: 'nearest' }); }
  };
  const open = () => {
    const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const exact = input.value === labelOf(chosen);
    shown = opts.options.filter((o) => exact || words.every((w) => o.search.includes(w))).slice(0, 50);
    list.replaceChildren(...(shown.length ? shown.map((o, i) => {
      const li = h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', className: 'option' },
        h('span', {}, o.label), o.detail ? h('span', { className: 'option-detail' }, o.detail) : null);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(o); });
      return li;
    }) : [h('li', { className: 'option empty', 'aria-disabled': 'true' }, opts.noneText)]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  input.addEventListener('input', () => {
    if (chosen !== undefined) { chosen = undefined; opts.onChange(undefined); }
    open();
  });
  input.addEventListener('focus', () => open());
  input.addEventListener('blur', () => {
    close();
    if (chosen === undefined) {
      // A name typed in full counts as choosing it.
      const typed = input.value.trim().toLowerCase();
      const match = opts.options.filter((o) => o.label.toLowerCase() === typed);
      if (match.length === 1) choose(match[0]);
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden) open();
      if (shown.length) highlight(Math.min(active + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (shown.length) highlight(Math.max(active - 1, 0));
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      choose(shown[active]);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
  return { root: h('div', { className: 'combobox' }, input, list), input, value: () => chosen };
}
