/** Indonesian abbreviations written with a final period that does not end a sentence (without the period). */
export const abbreviations: ReadonlySet<string> = new Set([
  'Dr', 'dr', 'Drs', 'Dra', 'Ir', 'Prof', 'H', 'Hj', 'KH', 'St', 'Tn', 'Ny', 'Nn', 'Sdr', 'Sdri', 'Bpk', 'Yth',
  'Jl', 'Jln', 'Gg', 'Kel', 'Kec', 'Kab', 'Kav', 'Komp', 'Prov', 'No', 'Nomor', 'Rp', 'Tbk', 'PT', 'CV',
  'S.H', 'S.E', 'S.T', 'S.Pd', 'S.Kom', 'M.Si', 'M.M', 'M.H', 'M.Sc', 'M.A', 'Ph.D',
  'dll', 'dsb', 'dst', 'dkk', 'yth', 'tsb', 'tgl', 'hlm', 'kg', 'km', 'cm', 'mm', 'no', 'vol', 'sd', 'Bid', 'Irjen',
  'Kapt', 'Kol', 'Letkol', 'Mayjen', 'Brigjen', 'Jend', 'Kompol', 'AKBP', 'Ipda', 'Iptu', 'Aiptu', 'Bripka', 'Sersan',
  // English titles Indonesian news writes before a name (`Mr. Terimakasih`).
  'Mr', 'Mrs', 'Ms', 'Jr', 'Sr',
  'a.n', 'u.p', 'd.a', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Agu', 'Agt', 'Sep', 'Okt', 'Nov', 'Des',
]);
