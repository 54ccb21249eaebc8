import { describe, expect, it } from 'vitest';
import { findTransition } from '../../src/assess/transitions.js';
import { getLanguagePack } from '../../src/lang/index.js';

const id = getLanguagePack('id').pack;
const words = (s: string) => s.toLowerCase().split(/\s+/);

describe('findTransition', () => {
  it('finds single words, phrases and two-part connectives', () => {
    expect(findTransition(words('Namun harga naik'), id.transitionWords)).toBe('namun');
    expect(findTransition(words('Oleh karena itu harga naik'), id.transitionWords)).toBe('oleh karena itu');
  });
  it('skips look-alikes marked with ! in the language data', () => {
    expect(findTransition(words('Polisi mengatur lalu lintas di Jakarta'), id.transitionWords)).toBeUndefined();
    expect(findTransition(words('Saat ini harga naik'), id.transitionWords)).toBeUndefined();
    expect(findTransition(words('Ia datang lalu pergi'), id.transitionWords)).toBe('lalu');
  });
});
