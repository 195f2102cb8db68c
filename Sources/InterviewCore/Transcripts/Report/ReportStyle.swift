/// The report's stylesheet, inline so that the page needs nothing else.
///
/// Colours are custom properties, set once for a light page, again under
/// `prefers-color-scheme: dark`, and back to black on white for print; the charts take theirs
/// from the same properties. One column of readable width that shrinks with the window; in
/// print, questions are not split across pages and the charts keep their colours.
///
/// The charts shrink to the column, their text with them, so a narrow window gets larger text
/// in the charts' own units; there the timeline leaves each answer's times to its entry below
/// (and the bar's tooltip) to make room for the question.
enum ReportStyle {
  static let css = """
    :root {
      color-scheme: light dark;
      --text: #1c1e21; --page: #ffffff; --muted: #5b6270; --rule: #d5d9e0; --panel: #f4f6f9;
      --accent: #2456a6; --thinking: #9fb8e3; --answer: #2456a6; --over: #b83227;
      --target: #1c1e21; --filler: #ffe18c; --hedge: #dfe4ec; --track: #eef1f5;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e4e6ea; --page: #15171b; --muted: #a3aab6; --rule: #3a3f48; --panel: #1f2228;
        --accent: #86abf0; --thinking: #4a6496; --answer: #86abf0; --over: #f07a6e;
        --target: #e4e6ea; --filler: #6b5510; --hedge: #3a404b; --track: #262a31;
      }
    }
    * { box-sizing: border-box; }
    body {
      margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 46rem;
      font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: var(--text); background: var(--page);
    }
    h1 { font-size: 1.7rem; margin: 0 0 0.5rem; line-height: 1.25; overflow-wrap: anywhere; }
    h2 { font-size: 1.35rem; margin: 2.5rem 0 0.25rem; border-top: 2px solid var(--rule);
      padding-top: 1rem; overflow-wrap: anywhere; }
    h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; color: var(--accent); }
    h4 { font-size: 1rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
    .brand { margin: 0; color: var(--muted); font-size: 0.85rem; letter-spacing: 0.06em;
      text-transform: uppercase; }
    .meta, .timing, .spoken, .hint, footer { color: var(--muted); font-size: 0.9rem; }
    .timing { margin: 0 0 0.4rem; }
    .entry { margin: 0 0 1.25rem; padding: 0.75rem 0.9rem; background: var(--panel);
      border-left: 4px solid var(--rule); border-radius: 4px; }
    .entry.over { border-left-color: var(--over); }
    .entry.follow-up { margin-left: 1.5rem; }
    blockquote.answer { margin: 0.25rem 0 0.5rem; padding: 0 0 0 0.75rem;
      border-left: 2px solid var(--accent); white-space: pre-wrap; overflow-wrap: anywhere; }
    .empty { font-style: italic; color: var(--muted); margin: 0.25rem 0; }
    .feedback, .verdict, .note { margin: 0.3rem 0 0; font-size: 0.95rem; }
    .note { white-space: pre-wrap; overflow-wrap: anywhere; }
    mark { color: inherit; border-radius: 2px; padding: 0 1px; }
    mark.filler { background: var(--filler); text-decoration: underline; }
    mark.hedge { background: var(--hedge); text-decoration: underline dotted; }
    figure { margin: 0.5rem 0 1.5rem; }
    figcaption { font-size: 0.9rem; color: var(--muted); margin: 0.25rem 0; }
    figure.trend figcaption { color: var(--text); font-weight: 600; }
    .change { font-weight: normal; color: var(--muted); margin-left: 0.5rem; }
    .legend .key { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em;
      margin-left: 0.6em; border-radius: 2px; }
    .key.thinking { background: var(--thinking); }
    .key.answer { background: var(--answer); }
    .key.over { background: var(--over); }
    .key.target { width: 3px; background: var(--target); }
    svg.chart { display: block; width: 100%; height: auto; font-size: 13px; }
    svg text { fill: var(--text); font-family: inherit; }
    svg text.figure, svg text.axis { fill: var(--muted); }
    svg .track { fill: var(--track); }
    svg .thinking { fill: var(--thinking); }
    svg .answer { fill: var(--answer); }
    svg .over .answer { fill: var(--over); }
    svg .target { stroke: var(--target); stroke-width: 2; }
    svg .grid { stroke: var(--rule); stroke-width: 1; }
    svg .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
    svg .point circle { fill: var(--page); stroke: var(--accent); stroke-width: 2.5; }
    .letter-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel);
      padding: 0.75rem 0.9rem; border-radius: 4px; }
    footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 0.75rem; }
    @media (max-width: 32rem) {
      body { padding: 1rem 0.6rem 2rem; font-size: 15px; }
      h1 { font-size: 1.4rem; }
      .entry { padding: 0.6rem; }
      .entry.follow-up { margin-left: 0.6rem; }
      svg.chart.trend { font-size: 17px; }
      svg.chart.timeline { font-size: 17px; }
      svg.chart.timeline text.figure { display: none; }
    }
    @media print {
      :root {
        --text: #000000; --page: #ffffff; --muted: #444444; --rule: #bbbbbb; --panel: #ffffff;
        --accent: #1d4a91; --thinking: #9fb8e3; --answer: #1d4a91; --over: #b83227;
        --target: #000000; --filler: #ffe18c; --hedge: #e5e5e5; --track: #f0f0f0;
      }
      body { max-width: none; padding: 0; font-size: 11pt; }
      .entry { break-inside: avoid; border: 1px solid var(--rule); border-left-width: 4px; }
      figure, h3, h4 { break-inside: avoid; break-after: avoid; }
      article.session + article.session { break-before: page; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
