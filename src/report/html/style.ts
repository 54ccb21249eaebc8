/** The report's own CSS and the index page's sorting script: inline, so that a page needs nothing else. */
import { HIGHLIGHT_RULES } from './article.js';

const COLOURS: Readonly<Record<string, string>> = {
  'passive-voice': '#ffd27a',
  'sentence-length': '#ffb3b3',
  'sentence-openings': '#c9b3ff',
  'transition-words': '#b3e6b3',
  'keyphrase-density': '#a8d8ff',
};

const highlightCss = HIGHLIGHT_RULES.map(
  (r) => `#hl-${r}:checked~.article .r-${r}{background:${COLOURS[r]};box-shadow:0 0 0 1px ${COLOURS[r]}}#hl-${r}:checked~.switch .sw-${r}{background:${COLOURS[r]}}`,
).join('\n');

export const CSS = `*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;margin:0 auto;max-width:60rem;padding:1rem}
h1{font-size:1.5rem;margin:.2rem 0 .6rem;overflow-wrap:anywhere}h2{font-size:1.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:1.6rem}
h3{font-size:1rem;margin:.6rem 0 .2rem}h4{font-size:.8rem;color:#57606a;margin:.5rem 0 .2rem;text-transform:uppercase;letter-spacing:.04em}
.meta{color:#57606a;font-size:.9rem}.scores{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}
.score{border:1px solid #d0d7de;border-radius:.4rem;padding:.3rem .7rem}.score b{font-size:1.2rem}
.preview-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
.serp{font-family:Arial,sans-serif;border:1px solid #e1e4e8;border-radius:.5rem;padding:.6rem .8rem;background:#fff}
.serp.desktop{max-width:600px}.serp.mobile{max-width:360px;font-size:14px}
.serp-url{font-size:14px;color:#202124;overflow-wrap:anywhere}.serp-site{font-weight:bold}
.serp-title{color:#1a0dab;font-size:20px;line-height:1.3;margin:.15rem 0}.serp.mobile .serp-title{font-size:18px}
.serp-desc{color:#4d5156;font-size:14px;line-height:1.58}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #eaeef2;padding:.35rem .4rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}th[data-sort]{cursor:pointer}td.num,th.num{text-align:right;white-space:nowrap}
.light{display:inline-block;width:.85rem;height:.85rem;border-radius:50%;vertical-align:-.1rem;margin-right:.25rem}
.light.good{background:#2da44e}.light.ok{background:#e6a700}.light.bad{background:#cf222e}.light.none{background:#d0d7de}
.hl-radio{position:absolute;opacity:0;pointer-events:none}
.switch{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;margin:.4rem 0 .8rem;position:sticky;top:0;background:#fff;padding:.3rem 0}
.switch label{border:1px solid #d0d7de;border-radius:1rem;padding:.1rem .6rem;cursor:pointer;font-size:.88rem}
#hl-none:checked~.switch label[for=hl-none]{background:#eaeef2}
.count{color:#57606a;font-size:.8rem}
.article{overflow-wrap:anywhere}.article .h{font-weight:bold;margin:1rem 0 .3rem}.article .h3{font-size:1.15rem}
.hl{border-radius:.2rem}
${highlightCss}
ul.notes li{margin:.3rem 0}.note{color:#0969da}.rule-id{color:#57606a;font-size:.8rem}
nav.pages{display:flex;gap:1rem;margin:1rem 0}a{color:#0969da}
@media (max-width:40rem){body{padding:.6rem;font-size:15px}.hide-narrow{display:none}}
@media print{.switch,.hl-radio,nav.pages{display:none}body{max-width:none}a{color:inherit}.serp{break-inside:avoid}section{break-inside:avoid-page}}`;

/** Sorts the index table by the clicked column (numbers as numbers); the page works without it. */
export const SORT_SCRIPT = `document.querySelectorAll('th[data-sort]').forEach(function(th){th.addEventListener('click',function(){
var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),num=th.dataset.sort==='num';
var dir=th.dataset.dir==='asc'?'desc':'asc';th.parentNode.querySelectorAll('th').forEach(function(o){delete o.dataset.dir;o.removeAttribute('aria-sort')});
th.dataset.dir=dir;th.setAttribute('aria-sort',dir==='asc'?'ascending':'descending');
var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){var x=a.cells[i].dataset.v||a.cells[i].textContent,y=b.cells[i].dataset.v||b.cells[i].textContent;
var c=num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);return dir==='asc'?c:-c});rows.forEach(function(r){body.appendChild(r)})})});`;
