/**
 * The active (meN-) form of an Indonesian `di-` verb, for the passive hint: `ditangkap` → `menangkap`, `dibangun`
 * → `membangun`, `disebut` → `menyebut`, `dikirim` → `mengirim`, `diresmikan` → `meresmikan`. The nasal prefix
 * assimilates to the root's first sound, and a voiceless k, p, t, s before a vowel melts into it. Clitics after the
 * verb are dropped (`diperkirakannya` → `memperkirakan`). Undefined for a form it cannot read (`di-bully`).
 */
const VOWEL = /^[aeiou]/u;

export function activeForm(passive: string): string | undefined {
  const lower = passive.toLowerCase();
  if (!/^di[a-z]{3,}$/u.test(lower)) return undefined;
  const root = lower.slice(2).replace(/nya$/u, '');
  const first = root.charAt(0);
  const rest = root.slice(1);
  const melts = VOWEL.test(rest);
  if (root.startsWith('per')) return `mem${root}`; // diperkirakan → memperkirakan
  if (VOWEL.test(root)) return `meng${root}`;
  switch (first) {
    case 'k':
      return melts ? `meng${rest}` : `meng${root}`;
    case 'g':
    case 'h':
      return `meng${root}`;
    case 't':
      return melts ? `men${rest}` : `men${root}`;
    case 'd':
    case 'c':
    case 'j':
    case 'z':
      return `men${root}`;
    case 's':
      return melts ? `meny${rest}` : `men${root}`;
    case 'p':
      return melts ? `mem${rest}` : `mem${root}`;
    case 'b':
    case 'f':
    case 'v':
      return `mem${root}`;
    default:
      return `me${root}`;
  }
}
