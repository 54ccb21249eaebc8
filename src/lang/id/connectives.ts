/**
 * Words that tie a sentence to the one before it or point back at something said there (`namun`, `selain itu`,
 * `ia`, `hal tersebut`). A meta description is read alone, in search results: it does not open with one when the
 * article offers another start.
 */
export const connectives: readonly string[] = [
  'dan', 'tetapi', 'tapi', 'namun', 'atau', 'lalu', 'lantas', 'kemudian', 'adapun', 'apalagi', 'sementara',
  'selain', 'bahkan', 'maka', 'sehingga', 'padahal', 'sedangkan', 'pun', 'juga', 'selanjutnya', 'sebelumnya',
  'artinya', 'ia', 'dia', 'beliau', 'mereka', 'hal', 'ini', 'itu', 'tersebut', 'begitu', 'demikian',
];
