/** Indonesian transition words and phrases (lowercased). Owned by the assessment work; refine with care. */
export const transitionWords: readonly string[] = [
  'akan tetapi', 'bahkan', 'namun', 'tetapi', 'sementara', 'sementara itu', 'selain itu', 'oleh karena itu',
  'karena itu', 'oleh sebab itu', 'dengan demikian', 'meskipun', 'walaupun', 'sebaliknya', 'kemudian', 'lalu',
  'selanjutnya', 'akhirnya', 'pertama', 'kedua', 'ketiga', 'misalnya', 'contohnya', 'sebagai contoh', 'yaitu',
  'yakni', 'juga', 'selain', 'di samping itu', 'sehingga', 'maka', 'karena', 'sebab', 'jadi', 'padahal',
  'sedangkan', 'setelah itu', 'sebelumnya', 'terutama', 'khususnya', 'secara umum', 'pada akhirnya',
];
