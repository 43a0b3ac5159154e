/// The website's one stylesheet, `style.css`, written by pact in the manner of the GOV.UK
/// Design System: a plain type scale, a spacing scale of 5 px steps, summary lists, tags
/// that say their meaning in words, a yellow focus ring, layouts that reflow at 320 px and
/// at 200% zoom, and an A4 print style that makes a newsletter a notice-board sheet.
/// System fonts only: the site asks no other server for anything.
enum SiteStyle {
  static let css = """
    /* pact site stylesheet: system fonts, no images, no requests elsewhere. */
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; color: #0b0c0c; background: #ffffff;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      font-size: 1rem; line-height: 1.5;
    }
    @media (min-width: 40.0625em) { body { font-size: 1.1875rem; line-height: 1.4; } }
    .width { max-width: 60rem; margin: 0 auto; padding: 0 15px; }
    @media (min-width: 40.0625em) { .width { padding: 0 30px; } }
    main { display: block; padding: 20px 0 40px; }
    p, li, dd, dt, td, th, caption { overflow-wrap: anywhere; }

    h1, h2, h3, h4 { font-weight: 700; margin: 0 0 15px; line-height: 1.15; }
    h1 { font-size: 2rem; margin-bottom: 30px; }
    h2 { font-size: 1.5rem; margin-top: 40px; }
    h3 { font-size: 1.25rem; margin-top: 30px; }
    h4 { font-size: 1.0625rem; margin-top: 20px; }
    @media (min-width: 40.0625em) {
      h1 { font-size: 3rem; } h2 { font-size: 2.25rem; } h3 { font-size: 1.5rem; }
      h4 { font-size: 1.1875rem; }
    }
    h1 .caption { display: block; font-size: 1.125rem; color: #484949; margin-bottom: 5px; }
    @media (min-width: 40.0625em) { h1 .caption { font-size: 1.5rem; } }
    p { margin: 0 0 20px; max-width: 40em; }
    .lead { font-size: 1.1875rem; }
    @media (min-width: 40.0625em) { .lead { font-size: 1.5rem; } }
    .secondary { color: #484949; }

    a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1em; }
    a:visited { color: #4c2c92; }
    a:hover { color: #003078; text-decoration-thickness: 3px; }
    a:focus, a:focus-visible, [tabindex]:focus {
      outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00;
      box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none;
    }
    [tabindex]:focus { box-shadow: 0 0 0 4px #0b0c0c; background-color: transparent; }

    .skip-link {
      position: absolute; left: -9999px; top: 0; padding: 10px 15px; z-index: 10;
      background: #ffdd00; color: #0b0c0c;
    }
    .skip-link:focus { left: 0; }

    .site-header { background: #0b0c0c; color: #ffffff; border-bottom: 10px solid #1d70b8; }
    .site-header .width {
      display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between;
      gap: 10px 30px; padding-top: 15px; padding-bottom: 15px;
    }
    .site-title { color: #ffffff; font-weight: 700; font-size: 1.25rem; text-decoration: none; }
    .site-title:visited, .site-nav a, .site-nav a:visited { color: #ffffff; }
    .site-title:hover { text-decoration: underline; color: #ffffff; }
    .site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 5px 20px; }
    .site-nav a:hover { color: #ffffff; }
    .site-header a:focus { color: #0b0c0c; }

    .breadcrumbs { padding-top: 15px; font-size: 0.875rem; }
    .breadcrumbs ol { list-style: none; margin: 0; padding: 0; }
    .breadcrumbs li { display: inline; }
    .breadcrumbs li + li::before { content: "\\203A"; margin: 0 8px; color: #505a5f; }

    .list { margin: 0 0 20px; padding-left: 20px; max-width: 40em; }
    .list li { margin-bottom: 10px; }
    .list-plain { list-style: none; padding-left: 0; }

    .summary-list { margin: 0 0 30px; }
    .summary-list > div { border-bottom: 1px solid #b1b4b6; padding: 10px 0; }
    .summary-list dt { font-weight: 700; }
    .summary-list dd { margin: 0; }
    @media (min-width: 40.0625em) {
      .summary-list > div { display: grid; grid-template-columns: 30% 1fr; gap: 20px; }
    }

    .card { border: 1px solid #b1b4b6; border-left: 5px solid #1d70b8; padding: 15px; margin: 0 0 20px; }
    .card > :last-child { margin-bottom: 0; }
    .card h3, .card h4 { margin-top: 0; }
    .panel-entry { border-top: 2px solid #1d70b8; padding-top: 10px; margin-top: 30px; }
    .panel-entry h2 { margin-top: 0; }

    .tag {
      display: inline-block; padding: 2px 8px; font-weight: 700; font-size: 0.875rem;
      line-height: 1.4; border-left: 4px solid currentColor;
    }
    .tag-red { color: #2a0b06; background: #f4cdc6; }
    .tag-amber { color: #594d00; background: #fff7bf; }
    .tag-green { color: #005a30; background: #cce2d8; }
    .tag-grey { color: #282d30; background: #e5e6e7; }
    .overdue { font-weight: 700; color: #942514; }

    .table-wrap { max-width: 100%; overflow-x: auto; margin: 0 0 30px; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
    caption { text-align: left; font-weight: 700; font-size: 1.0625rem; padding-bottom: 10px; }
    th, td { text-align: left; vertical-align: top; padding: 8px 10px 8px 0; border-bottom: 1px solid #b1b4b6; }
    .numeric { text-align: right; }
    th.numeric { white-space: normal; }

    .chart { margin: 0 0 30px; }
    .chart-picture { display: block; width: 100%; height: auto; max-width: 40em; font-family: inherit; }
    .chart-picture text { fill: #0b0c0c; }
    .legend { list-style: none; margin: 10px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 5px 20px; }
    .legend .swatch { vertical-align: -2px; }

    .feeds { list-style: none; padding: 0; }
    .feeds li { margin-bottom: 10px; }

    .site-footer { border-top: 1px solid #b1b4b6; background: #f3f2f1; padding: 20px 0; font-size: 0.875rem; }
    .site-footer p { margin-bottom: 10px; }

    @page { size: A4; margin: 14mm 14mm 16mm; }
    @media print {
      body { font-size: 10.5pt; line-height: 1.35; color: #000000; }
      .width { max-width: none; padding: 0; }
      .skip-link, .site-nav, .breadcrumbs, .site-footer, .no-print { display: none; }
      .site-header { background: none; color: #000000; border-bottom: 2pt solid #000000; }
      .site-header .width { padding: 0 0 4pt; }
      .site-title, .site-title:visited { color: #000000; font-size: 10pt; }
      main { padding: 8pt 0 0; }
      h1 { font-size: 18pt; margin-bottom: 8pt; }
      h1 .caption { font-size: 11pt; color: #000000; }
      h2 { font-size: 14pt; margin-top: 12pt; margin-bottom: 5pt; break-after: avoid; }
      h3 { font-size: 12pt; margin-top: 9pt; margin-bottom: 4pt; break-after: avoid; }
      h4 { font-size: 11pt; margin-top: 6pt; margin-bottom: 3pt; break-after: avoid; }
      p { margin-bottom: 6pt; max-width: none; }
      .list { margin-bottom: 6pt; max-width: none; }
      .list li { margin-bottom: 3pt; break-inside: avoid; }
      a, a:visited { color: #000000; text-decoration: none; }
      .print-only { display: block; }
    }
    .print-only { display: none; }
    @media print { .print-only { display: block; } }

    """
}
