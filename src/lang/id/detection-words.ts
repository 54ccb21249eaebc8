/** The most frequent function words of the language, for fast language detection. */
export const detectionWords: readonly string[] = ['yang', 'dan', 'di', 'dengan', 'untuk', 'dari', 'ini', 'itu', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'karena', 'adalah', 'oleh', 'atau', 'sudah', 'telah', 'bahwa', 'ada', 'saat', 'kata'];
