/**
 * Inline CSS and script of the HTML handbook: one self-contained page, no external
 * requests. Colours meet WCAG AA (4.5:1) against their backgrounds.
 */
export const HANDBOOK_CSS = `
:root{--ink:#1b1b1f;--muted:#4a4a55;--line:#c9c9d2;--paper:#fff;--soft:#f3f4f7;--link:#0a4f9e;--do:#0b6630;--dont:#a3161c;--warn:#7a4a00;--info:#1f4d80;--current:#5b2a86}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font-size:100%}
body{margin:0;color:var(--ink);background:var(--paper);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.skip{position:absolute;left:-999px;top:0;background:var(--paper);padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:1}
header,nav,main{max-width:52rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:2rem;border-bottom:1px solid var(--line)}
h1{font-size:2.1rem;line-height:1.2;margin:0 0 .25rem}
h2{font-size:1.6rem;line-height:1.25;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid var(--ink)}
h3{font-size:1.25rem;line-height:1.3;margin:1.5rem 0 .5rem}
h4{font-size:1.05rem;margin:1rem 0 .25rem}
.subtitle{color:var(--muted);margin:0 0 1rem}
a{color:var(--link);text-decoration-thickness:1px;text-underline-offset:2px}
a:focus-visible,input:focus-visible{outline:3px solid var(--link);outline-offset:2px}
nav h2{border:0;margin-top:1.5rem;font-size:1.2rem}
nav ol{columns:2 14rem;padding-left:1.25rem}
.search{margin:1rem 0 1.25rem}
.search label{display:block;font-weight:600}
.search input{width:100%;max-width:28rem;font:inherit;padding:.4rem .6rem;border:2px solid var(--muted);border-radius:4px;color:var(--ink);background:var(--paper)}
.search p{margin:.25rem 0;color:var(--muted)}
.item{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:4px;padding:.25rem 1rem .75rem;margin:1rem 0}
.item.do{border-left-color:var(--do)}
.item.dont{border-left-color:var(--dont)}
.item.current{border-left-color:var(--current)}
.item>h3{margin-top:.75rem}
.badge{display:inline-block;font-size:.8em;font-weight:700;line-height:1.4;padding:0 .45em;border-radius:3px;color:#fff;background:var(--muted);vertical-align:.1em}
.badge.do{background:var(--do)}.badge.dont,.badge.error{background:var(--dont)}
.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}.badge.current{background:var(--current)}
.badge.off{background:var(--soft);color:var(--ink);border:1px solid var(--line)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.75rem 0}
dl.facts div{display:contents}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.examples{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.75rem;margin:.75rem 0}
.examples>div{background:var(--soft);border-radius:4px;padding:.25rem .75rem}
.examples .good{border-top:3px solid var(--do)}
.examples .bad{border-top:3px solid var(--dont)}
.examples p{font-weight:700;margin:.4rem 0 0}
.examples ul{padding-left:1.1rem;margin:.25rem 0 .5rem}
figure.template{margin:.75rem 0}
figure.template figcaption{font-weight:600}
figure.template blockquote{margin:.25rem 0 0;padding:.5rem .9rem;background:var(--soft);border-left:4px solid var(--info);white-space:pre-line}
table{border-collapse:collapse;width:100%;margin:.75rem 0;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.35rem .55rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:var(--soft)}
th.current,td.current{background:#efe7f7}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;background:var(--soft);padding:0 .25em;border-radius:3px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{
body{font-size:11pt;line-height:1.45}
.skip,.search,nav{display:none!important}
header,main{max-width:none;padding:0}
h2{break-before:page;break-after:avoid}
h3,h4{break-after:avoid}
.item,table,figure,dl.facts,.examples{break-inside:avoid}
a{color:inherit}
a[href^="http"]::after,a[href^="mailto:"]::after{content:" (" attr(href) ")";font-size:.9em;overflow-wrap:anywhere}
}
`;

/**
 * Filters chapters and items as you type. Without script the search form stays
 * hidden and the page is complete.
 */
export const HANDBOOK_SCRIPT = `
(function(){
var form=document.querySelector('form.search');if(!form)return;
var input=form.querySelector('input'),status=form.querySelector('[role=status]');
var chapters=[].slice.call(document.querySelectorAll('main>section'));
var toc={};[].forEach.call(document.querySelectorAll('nav a[href^="#"]'),function(a){toc[a.getAttribute('href').slice(1)]=a.parentNode;});
form.hidden=false;
form.addEventListener('submit',function(e){e.preventDefault();});
input.addEventListener('input',function(){
var q=input.value.trim().toLowerCase(),shown=0;
chapters.forEach(function(c){
var items=[].slice.call(c.querySelectorAll('.item')),h=c.querySelector('h2');
var all=!q||(h&&h.textContent.toLowerCase().indexOf(q)>=0);
var any=all||c.textContent.toLowerCase().indexOf(q)>=0;
items.forEach(function(it){it.hidden=!all&&it.textContent.toLowerCase().indexOf(q)<0;});
c.hidden=!any;if(c.id&&toc[c.id])toc[c.id].hidden=!any;if(any)shown++;
});
status.textContent=!q?'':shown===0?form.getAttribute('data-none'):form.getAttribute('data-count').replace('{count}',shown).replace('{total}',chapters.length);
});
})();
`;
