/**
 * The references timed in the same run: Yoast SEO's analysis (the `yoastseo` package through yoast-judge, installed
 * into /tmp/yoast-judge from ../shared/tools when missing) and retext-keywords.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import retextEnglish from 'retext-english';
import retextKeywords from 'retext-keywords';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const JUDGE_DIR = '/tmp/yoast-judge';

/**
 * Yoast's judge(), installing yoast-judge first when /tmp/yoast-judge is missing.
 * @param {string} shared the shared folder (holds tools/yoast-judge)
 * @returns {Promise<{judge: (o: object) => unknown, textToHtml: (t: string) => string, version: string}>}
 */
export async function loadYoast(shared) {
  if (!existsSync(`${JUDGE_DIR}/node_modules/yoastseo`)) {
    process.stderr.write(`installing yoast-judge into ${JUDGE_DIR}…\n`);
    execSync(`rm -rf ${JUDGE_DIR} && cp -r '${shared}/tools/yoast-judge' ${JUDGE_DIR} && cd ${JUDGE_DIR} && npm ci --no-audit --no-fund`, { stdio: 'inherit' });
  }
  const mod = await import(pathToFileURL(`${JUDGE_DIR}/judge.mjs`).href);
  const version = createRequire(`${JUDGE_DIR}/package.json`)('yoastseo/package.json').version;
  return { judge: mod.judge, textToHtml: mod.textToHtml, version };
}

/**
 * retext-keywords needs part-of-speech tags (retext-pos is not installed): as in bench/keywords, a stand-in marks
 * every word that is not a stopword as a noun. Same work per word, so a fair timing.
 */
function nounProxy() {
  return (/** @type {import('nlcst').Root} */ tree) => {
    visit(tree, 'WordNode', (node) => {
      const value = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      if (value.length > 3 && !/^\p{N}+$/u.test(value)) node.data = { ...node.data, partOfSpeech: 'NN' };
    });
  };
}

/** @type {Map<string, import('unified').Processor>} */
const processors = new Map();

/**
 * Runs retext-keywords (parse + keywords + keyphrases) on one text.
 * @param {string} text
 * @param {'id' | 'en'} lang
 */
export function retextKeywordsRun(text, lang) {
  let p = processors.get(lang);
  if (!p) {
    p = unified().use(lang === 'en' ? retextEnglish : retextLatin).use(nounProxy).use(retextKeywords, { maximum: 10 });
    processors.set(lang, p);
  }
  return p.runSync(p.parse(text));
}
