// Building the pane's DOM. Cell text is untrusted: it only ever reaches the page through textContent
// and attribute values, never innerHTML.

/** Fluent UI's web components (registered in fluent.ts). */
type FluentTag = `fluent-${string}`;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Readonly<Record<string, string>>, ...children: (Node | string)[]): HTMLElementTagNameMap[K];
export function el(tag: FluentTag, attrs?: Readonly<Record<string, string>>, ...children: (Node | string)[]): HTMLElement;
export function el(tag: string, attrs: Readonly<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child); // strings become text nodes
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`task pane: #${id} is missing`);
  return node as T;
}
