type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | number | EventListener | undefined | null>;

/** A tiny element builder: attributes, "on…" listeners, children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]):
  HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'className') {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A status line announced to screen readers. */
export function notice(kind: 'error' | 'ok' | 'info', text: string): HTMLElement {
  return h('div', { className: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

let uid = 0;
export function id(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A native modal dialog asking to confirm; resolves true only on the confirming button. */
export function confirmDialog(text: string, yes: string, no: string): Promise<boolean> {
  return new Promise((resolve) => {
    const textId = id('confirm');
    const dialog = h('dialog', { className: 'dialog', 'aria-labelledby': textId },
      h('p', { id: textId }, text));
    const close = (answer: boolean) => { dialog.close(); dialog.remove(); resolve(answer); };
    const cancel = h('button', { type: 'button', className: 'button secondary', onclick: () => close(false) }, no);
    const ok = h('button', { type: 'button', className: 'button danger', onclick: () => close(true) }, yes);
    dialog.append(h('div', { className: 'actions' }, cancel, ok));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(false); });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
