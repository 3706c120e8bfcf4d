/** A4 portrait for the notice board (上墙): large readable table, a header atop every sheet, nothing of the screen chrome on paper. */
export const PRINT_CSS = `
@page { size: A4 portrait; margin: 18mm 16mm; }
.notice-print { max-width: 190mm; margin: 0 auto; padding: 24px 16px; color: #000; background: #fff;
  font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 15pt; line-height: 1.6; }
.notice-print h1 { text-align: center; font-size: 24pt; margin: 0 0 8px; letter-spacing: 2px; }
.notice-print .meta { text-align: center; margin: 0 0 16px; }
.notice-print table { width: 100%; border-collapse: collapse; margin: 12px 0; }
.notice-print th, .notice-print td { border: 1px solid #000; padding: 6px 8px; font-size: 14pt; }
.notice-print th { background: #f0f0f0; font-weight: bold; }
.notice-print td.num, .notice-print th.num { text-align: right; white-space: nowrap; }
.notice-print td.center, .notice-print th.center { text-align: center; }
.notice-print tr { page-break-inside: avoid; }
.notice-print thead { display: table-header-group; }
.notice-print .sheet-head th { border: none; background: none; font-weight: normal; text-align: left; font-size: 10.5pt; padding: 0 0 4px; }
.notice-print .contact { margin-top: 16px; white-space: pre-wrap; }
.notice-print .signature { margin-top: 40px; display: grid; grid-template-columns: 1fr 1fr; gap: 28px 24px; }
.notice-print .seal { text-align: right; margin-top: 36px; }
.notice-print .toolbar { display: flex; gap: 12px; justify-content: center; margin-bottom: 16px; }
@media screen { .notice-print .sheet-head { display: none; } }
@media print {
  html, body { background: #fff !important; }
  .notice-print { padding: 0; max-width: none; }
  .notice-print .toolbar { display: none; }
  .notice-print th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
