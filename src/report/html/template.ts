/**
 * Building HTML by tagged templates that escape by default: every value put into `html`…`` is escaped as text (`&`,
 * `<`, `>`, `"`, `'`), unless it is itself built by `html` (or an array of such), so article text can never become
 * markup, in an element or in an attribute. The one way around it, `trusted`, is for the report's own CSS and script.
 */

/** Markup known to be safe: built by `html` or `trusted`. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/** A value a template accepts. */
export type Value = Html | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as readonly Value[]).map(render).join('');
  return escapeHtml(String(value));
}

/** The template with its values escaped (safe markup passes as it is). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Markup written by the report itself (its CSS and script), never article text. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
