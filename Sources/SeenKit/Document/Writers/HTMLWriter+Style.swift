extension HTMLWriter {
  /// The one stylesheet, print first: A4 with margins, black on white, 11pt text, rules instead
  /// of shading, no entry, row or group split across a page, and no heading left at the foot of
  /// one. Check boxes are drawn by CSS so that they print the same in every browser, and a
  /// ticked box is filled solid rather than coloured. Long words and references wrap rather than
  /// run off the page.
  static let style = """
    @page { size: A4; margin: 10mm 11mm 10mm; }
    html { color: #000; background: #fff; font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.2; }
    body { max-width: 188mm; margin: 0 auto; padding: 0; overflow-wrap: break-word; }
    @media screen { body { margin: 1.5rem auto; padding: 0 1rem; } }
    h1 { font-size: 16pt; margin: 0 0 4pt; break-after: avoid; }
    h2 { font-size: 12.5pt; margin: 8pt 0 3pt; padding-bottom: 1pt; border-bottom: 1.5pt solid #000; break-after: avoid; }
    h3 { font-size: 11pt; margin: 6pt 0 2pt; break-after: avoid; }
    p { margin: 2pt 0; }
    ul, ol { margin: 2pt 0; padding-left: 14pt; }
    li { margin: 1pt 0; break-inside: avoid; }
    li > ul, li > ol { margin: 1pt 0; }
    p.field { margin: 1pt 0 1pt 4pt; }
    blockquote { margin: 4pt 0 4pt 6pt; padding-left: 8pt; border-left: 2pt solid #000; break-inside: avoid; }
    cite { font-style: normal; }
    code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 10pt; }
    .small { font-size: 9pt; }
    .instruction { font-style: italic; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .fields { display: grid; grid-template-columns: 1fr 1fr; gap: 2pt 14pt; margin: 6pt 0; }
    .field { display: flex; align-items: baseline; gap: 4pt; }
    li .field { display: block; }
    .field .label, .field label { font-weight: bold; white-space: nowrap; }
    input[type="text"] { flex: 1 1 0; width: 0; min-width: 10mm; font: inherit; color: #000; background: transparent; border: 0; border-bottom: 0.75pt solid #000; padding: 0 2pt; height: 1.25em; }
    textarea { display: block; box-sizing: border-box; width: 100%; font: inherit; color: #000; background: transparent; border: 0.75pt solid #000; resize: none; margin: 2pt 0 0; padding: 2pt 4pt; overflow: hidden; }
    fieldset { border: 0; margin: 0; padding: 0; min-width: 0; display: inline; }
    .choices label { display: inline-block; white-space: nowrap; margin: 0 6pt 0 0; font-size: 10pt; }
    input[type="checkbox"] { appearance: none; -webkit-appearance: none; box-sizing: border-box; width: 9pt; height: 9pt; margin: 0 3pt 0 0; border: 1pt solid #000; border-radius: 0; background: #fff; vertical-align: -1pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    input[type="checkbox"]:checked { background: #000; box-shadow: inset 0 0 0 1.5pt #fff; }
    label:has(input:checked) { font-weight: bold; }
    .answer { margin: 3pt 0; break-inside: avoid; }
    .answer .prompt { font-weight: bold; }
    table { width: 100%; border-collapse: collapse; margin: 2pt 0 4pt; }
    caption { text-align: left; font-weight: bold; margin-bottom: 2pt; break-after: avoid; }
    thead { display: table-header-group; break-after: avoid; }
    tbody > tr:first-child { break-before: avoid; }
    th, td { text-align: left; vertical-align: top; padding: 1.5pt 4pt 1.5pt 0; border-top: 0.75pt solid #000; }
    thead th { border-top: 0; font-size: 10pt; padding-bottom: 1pt; }
    tbody th { font-weight: normal; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; padding-left: 10pt; }
    caption .instruction { display: block; font-weight: normal; font-size: 10pt; }
    tr { break-inside: avoid; }
    .answers-1 td { width: 22%; }
    .answers-2 td { width: 27%; }
    .answers-3 tbody th, .answers-4 tbody th, .answers-5 tbody th, .answers-6 tbody th { width: 36%; }
    .gap { font-weight: bold; border-left: 2.5pt solid #000; padding-left: 3pt; margin-top: 2pt; }
    .note { margin-top: 1pt; }
    .together { break-inside: avoid; }
    .keep { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
    .keep + table, .keep + .chart { break-before: avoid; }
    .cell-writing { margin: 3pt 0 0; font-size: 9pt; }
    .cell-writing input[type="text"] { height: 1.4em; }
    td .cell-writing, .answer .cell-writing { margin-top: 2pt; }
    .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 14pt; margin: 4pt 0; }
    .side-by-side > * { break-inside: avoid; }
    .side-by-side p { margin: 0; }
    .chart-head { break-inside: avoid; }
    .chart-title { font-weight: bold; margin: 4pt 0 2pt; }
    .chart-key { font-size: 9pt; margin: 0 0 4pt; }
    .chart figure { display: inline-block; vertical-align: top; width: 48.5%; margin: 2pt 0 4pt; }
    .chart-series.wide figure { width: 100%; }
    .chart figcaption { font-size: 10pt; font-weight: bold; }
    .chart svg { display: block; width: 100%; height: auto; }
    .chart tbody th { white-space: nowrap; }
    .page-break { break-before: page; }
    .box { border: 1pt solid #000; padding: 2pt 6pt 5pt; margin: 6pt 0; break-inside: avoid; }
    .box h2 { border: 0; margin: 0 0 2pt; }
    .box-row { display: flex; align-items: baseline; gap: 4pt 8pt; margin: 4pt 0 0; }
    .box-row > .label { font-weight: bold; min-width: 6mm; }
    .box-row > label { display: flex; align-items: baseline; gap: 4pt; flex: 1; }
    .box-row > label.wide { flex: 2; }
    footer { margin-top: 6pt; padding-top: 2pt; border-top: 0.75pt solid #000; font-size: 8.5pt; }
    """
}
