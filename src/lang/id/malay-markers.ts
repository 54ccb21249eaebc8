/**
 * Words that tell Indonesian from Malay, which trigram detectors confuse (franc calls a fifth of Indonesian news
 * Malay). Each list holds spellings or words usual in one language and rare in the other.
 */
export const indonesianMarkers: readonly string[] = [
  'karena', 'setelah', 'bisa', 'perusahaan', 'pemerintah', 'uang', 'polisi', 'kantor', 'baru', 'coba', 'mobil',
  'desember', 'agustus', 'juli', 'maret', 'sepak', 'sesudah', 'tapi', 'nggak', 'enggak', 'kayak', 'sih', 'dong',
  'kepolisian', 'presiden', 'rumah sakit', 'mengatakan', 'menurut', 'kemarin', 'saat', 'pekan', 'dolar', 'rupiah',
];
export const malayMarkers: readonly string[] = [
  'kerana', 'iaitu', 'kerajaan', 'boleh', 'sahaja', 'wang', 'polis', 'pejabat', 'percuma', 'bagaimanapun',
  'selepas', 'syarikat', 'baharu', 'cuba', 'kenderaan', 'disember', 'ogos', 'julai', 'mac', 'manakala', 'jabatan',
  'ringgit', 'bahawa', 'memaklumkan', 'dimaklumkan', 'berkuasa', 'sebarang', 'kakitangan',
];
