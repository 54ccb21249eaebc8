/** Where the HTML report goes when `--report html` names no file (apart, so the option loads no report code). */
export const DEFAULT_REPORT_FILE = 'seo-report.html';
