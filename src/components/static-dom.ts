// Turns React elements of plain markup into DOM nodes, once, with no React renderer: for the first screenful drawn
// before the app has loaded (src/app/prepaint.tsx, docs/decisions/024). It takes what the table's rows are made of:
// host elements, fragments, and function components without hooks (memo ones too). Event handlers are left out (that
// screenful is inert until React replaces it); text goes in as text nodes and attributes through setAttribute, so
// nothing from the API is ever parsed as HTML.
import type { ReactNode } from 'react';

type Render = (props: Props) => ReactNode;
type Props = Record<string, unknown> & { children?: ReactNode };

// React's element type tags, compared by their registered symbols: this module loads before React (no import of it).
const MEMO = Symbol.for('react.memo');
const FRAGMENT = Symbol.for('react.fragment');
const ATTRIBUTE: Record<string, string> = { className: 'class', htmlFor: 'for', tabIndex: 'tabindex' };

function append(parent: Node, node: ReactNode): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node !== 'object') {
    parent.appendChild(document.createTextNode(String(node)));
    return;
  }
  if (Array.isArray(node) || !('type' in node)) {
    for (const child of node as Iterable<ReactNode>) append(parent, child);
    return;
  }
  const { type, props } = node as { type: unknown; props: Props };
  const render = typeof type === 'function' ? type : (type as { $$typeof?: symbol } | null)?.$$typeof === MEMO ? (type as { type: Render }).type : null;
  if (render) return append(parent, (render as Render)(props));
  if (type === FRAGMENT) return append(parent, props.children);
  if (typeof type !== 'string') throw new TypeError('not plain markup');
  const el = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || /^on[A-Z]/.test(name)) continue;
    // As React writes them: aria-* and data-* take "true"/"false"; other booleans are there ("") or not.
    const spelled = /^(aria|data)-/.test(name);
    if (value === false && !spelled) continue;
    if (name === 'dangerouslySetInnerHTML') throw new TypeError('no HTML');
    // Numbers are pixels, as React writes the lengths used here.
    if (name === 'style')
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        el.style.setProperty(k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), typeof v === 'number' ? `${v}px` : String(v));
    else el.setAttribute(ATTRIBUTE[name] ?? name, value === true && !spelled ? '' : String(value));
  }
  append(el, props.children);
  parent.appendChild(el);
}

/** The DOM for `node`, in a fragment. Throws on what it cannot draw as React would (the caller then leaves it to React). */
export function toDom(node: ReactNode): DocumentFragment {
  const out = document.createDocumentFragment();
  append(out, node);
  return out;
}
