/** English passive voice: a form of "to be" or "get" followed by a past participle. Refine with care. */
const AUX = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten']);
const IRREGULAR = new Set(['made', 'done', 'seen', 'given', 'taken', 'known', 'shown', 'held', 'built', 'told', 'found', 'born', 'written', 'paid', 'sold', 'left', 'kept', 'brought', 'bought', 'caught', 'taught', 'hit', 'hurt', 'put', 'set', 'shot', 'won', 'lost', 'led', 'read', 'sent', 'spent', 'thrown', 'chosen', 'driven', 'eaten', 'forgiven', 'frozen', 'hidden', 'ridden', 'risen', 'shaken', 'spoken', 'stolen', 'sworn', 'torn', 'woken', 'worn']);
export function isPassive(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < lower.length - 1; i++) {
    if (!AUX.has(lower[i] ?? '')) continue;
    for (let j = i + 1; j <= Math.min(i + 3, lower.length - 1); j++) {
      const w = lower[j] ?? '';
      if (/^[a-z]{3,}ed$/u.test(w) || IRREGULAR.has(w)) return true;
      if (!/ly$|^(?:not|also|being|been|never|already|still)$/u.test(w)) break;
    }
  }
  return false;
}
