/**
 * What the Indonesian part-of-speech model reads besides the generic features: the clitics and affixes of
 * Indonesian morphology (meN-, di-, ber-, ter-, ke-an, pe-an, -kan, -i, -nya). Training copies them into the model.
 */
import type { TaggerSpec } from '../types.js';

export const tagger: TaggerSpec = {
  model: 'id',
  affixes: {
    clitics: ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'],
    prefixes: ['meng', 'meny', 'mem', 'men', 'me', 'di', 'ber', 'be', 'ter', 'ke', 'se', 'peng', 'pem', 'pen', 'pe', 'per'],
    suffixes: ['kan', 'an', 'i'],
    circumfixes: ['ke-an', 'pe-an', 'per-an', 'pen-an', 'pem-an', 'peng-an', 'ber-an', 'se-nya'],
  },
};
