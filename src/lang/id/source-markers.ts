/**
 * Words that attribute a statement to the source written right before or after them (`kata Budi`, `menurut
 * Budi`, `Budi said`, `according to Budi`); the pack's reporting verbs count too. A name mostly written beside one
 * is a quoted source, which the focus model weighs (it is rarely what the story is about).
 */
export const sourceMarkers: readonly string[] = ['kata', 'ujar', 'tutur', 'ungkap', 'jelas', 'terang', 'tegas', 'imbuh', 'sebut', 'papar', 'lanjut', 'menurut', 'katanya', 'ujarnya', 'tuturnya', 'jelasnya', 'ungkapnya', 'tegasnya', 'imbuhnya', 'sebutnya', 'paparnya', 'lanjutnya', 'terangnya'];
