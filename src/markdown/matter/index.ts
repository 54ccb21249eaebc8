/** Front matter in any of its three formats: read the fields, edit them in place. */
import type { MatterKind } from '../parse.js';
import { jsonMatter } from './json.js';
import { tomlMatter } from './toml.js';
import type { MatterFormat } from './types.js';
import { yamlMatter } from './yaml.js';

export { FrontMatterError, type FieldUpdate, type MatterEditResult } from './types.js';

export const matterFormats: Readonly<Record<MatterKind, MatterFormat>> = { yaml: yamlMatter, toml: tomlMatter, json: jsonMatter };

/** Fences of a new front-matter block, for a file that has none (YAML, as Hugo, Jekyll and Astro all read it). */
export function newYamlBlock(value: string): string {
  return `---\n${value}\n---\n`;
}
