/** Helpers of the HTML report tests: a parsed page's elements and text (parse5, the HTML standard's parser). */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function children(node: Node): Node[] {
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}

/** Every element of the page, in document order. */
export function elements(page: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node) out.push(node);
    for (const child of children(node)) walk(child);
    if ('content' in node && node.content) walk(node.content as Node);
  };
  walk(parse(page) as Node);
  return out;
}

/** An element's attribute. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text inside an element (as the browser would show it, without layout). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return String(node.value);
  return children(node).map(textOf).join('');
}

/** Elements with a class. */
export function byClass(all: readonly Element[], name: string): Element[] {
  return all.filter((e) => (attr(e, 'class') ?? '').split(/\s+/u).includes(name));
}

/** Article text that must stay text: a script element, an attribute breaker, quotes. */
export const HOSTILE = `<script>window.__pwned = 1</script> "Dia" bilang 'tidak' <img src=x onerror="window.__pwned=2">`;

export const HOSTILE_ARTICLE = `---
title: Harga Beras "Naik" <script>alert(1)</script>
description: Harga beras naik 'tajam' di pasar induk <b>hari ini</b>.
slug: harga-beras
keyphrase: harga beras
---

Harga beras naik tajam di pasar induk. ${HOSTILE}

Pencuri itu ditangkap polisi di Jakarta pada Senin malam. Gedung baru itu diresmikan oleh Presiden Joko Widodo pada pagi hari. Harga beras naik lagi.
`;
