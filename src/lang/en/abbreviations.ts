/** English abbreviations written with a final period that does not end a sentence (without the period). */
export const abbreviations: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Rev', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt',
  'Maj', 'Cmdr', 'Adm', 'Pres', 'Supt', 'Det', 'Insp', 'Hon', 'Mt', 'Ft', 'No', 'Nos', 'vs', 'etc', 'approx', 'est',
  'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Ave', 'Blvd', 'Rd', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep',
  'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'i.e', 'e.g', 'a.m', 'p.m', 'U.S',
  'U.K', 'U.N', 'D.C', 'Ph.D', 'al', 'cf', 'fig', 'vol', 'pp', 'Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Ill',
  'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
]);
