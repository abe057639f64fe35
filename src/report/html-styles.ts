/** The statement's CSS: GOV.UK-like type and colours, readable on a phone, and print rules for the PDF. */
export const HTML_STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:Arial,Helvetica,"Liberation Sans","DejaVu Sans",sans-serif;color:#0b0c0c;background:#fff;line-height:1.45;-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:52rem;padding:1rem}
a{color:#1d70b8}a:visited{color:#4c2c92}
a:focus{outline:3px solid transparent;background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
.skip{position:absolute;left:-9999px}.skip:focus{position:static}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important;padding:0!important}
h1{font-size:2rem;line-height:1.15;margin:.5rem 0 1rem}
h2{font-size:1.5rem;line-height:1.2;margin:2.5rem 0 1rem;padding-top:.5rem;border-top:4px solid #1d70b8}
h3{font-size:1.2rem;margin:1.5rem 0 .5rem}
.cover{padding:2rem 0 1rem;border-bottom:10px solid #1d70b8;margin-bottom:1.5rem}
.cover .council{font-size:1.25rem;font-weight:700;margin:0}
.cover .meta{color:#505a5f;margin:.25rem 0}
.contents ol{padding-left:1.5rem}.contents li{margin:.25rem 0;display:flex;gap:.5rem}
.contents li a{flex:1 1 auto}.contents .page{min-width:2rem;text-align:right}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;margin:1rem 0;padding:0}
.figures div{border-left:5px solid #1d70b8;background:#f3f2f1;padding:.5rem .75rem}
.figures dt{font-size:.95rem}.figures dd{margin:0;font-size:1.6rem;font-weight:700}
.figures dd a{font-size:.8rem;font-weight:400;display:block}
.note{border-left:5px solid #b1b4b6;padding:.5rem .75rem;background:#f8f8f8}
figure{margin:1.5rem 0}figure svg{max-width:100%;height:auto;display:block}
figcaption{font-weight:700;margin-bottom:.5rem}
.table-wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:700;padding-bottom:.4rem}
th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .5rem .35rem 0;text-align:left;vertical-align:top}
td{text-align:right;font-variant-numeric:tabular-nums}
thead th{text-align:right}thead th:first-child{text-align:left}
table.text td,table.text thead th{text-align:left;font-variant-numeric:normal}
.notes{font-size:.85rem;color:#505a5f;margin:.25rem 0 0}
dl.definitions dt{font-weight:700;margin-top:.75rem}dl.definitions dd{margin:0}
footer{margin-top:3rem;font-size:.9rem;color:#505a5f}
@media (max-width:40rem){body{padding:.75rem}h1{font-size:1.6rem}.figures dd{font-size:1.3rem}}
@page{size:A4;margin:18mm 16mm 20mm}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  .skip{display:none}
  a{color:#0b0c0c;text-decoration:none}
  .cover{break-after:page;border-bottom:none;padding-top:30%}
  .cover h1{font-size:28pt}
  .contents{break-after:page}
  main>section{break-before:page}
  h2{border-top:none;margin-top:0}
  h2,h3,caption,figcaption{break-after:avoid}
  figure,tr,.figures div{break-inside:avoid}
  .table-wrap{overflow:visible}
}
`;
