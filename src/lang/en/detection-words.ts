/** The most frequent function words of the language, for fast language detection. */
export const detectionWords: readonly string[] = ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'at', 'it', 'from', 'he', 'his', 'be', 'are', 'has', 'have', 'said', 'were', 'an', 'which', 'but', 'not', 'this'];
