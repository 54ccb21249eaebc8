/** Words that open a subordinate clause after a comma; cutting before them keeps the main clause whole. */
export const subordinators: readonly string[] = [
  'meskipun', 'walaupun', 'walau', 'meski', 'karena', 'sebab', 'sehingga', 'namun', 'tetapi', 'sementara',
  'setelah', 'sesudah', 'ketika', 'saat', 'sebelum', 'agar', 'supaya', 'yang', 'mengingat', 'padahal', 'sedangkan',
  'hingga', 'seiring', 'jika', 'bila', 'apabila', 'kata', 'ujar', 'ungkap', 'tutur', 'jelas', 'terang', 'imbuh',
  'tambah', 'ucap', 'katanya', 'ujarnya',
];
