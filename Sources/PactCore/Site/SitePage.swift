/// One page of the website: the layout every page shares — the skip link, the header with
/// the site's name, breadcrumbs, the main content and the footer — around its content.
///
/// Links are relative, made from `depth` (how many folders the page is below the site's
/// root), so the site works from any folder of any host and from the disk.
struct SitePage: Sendable {
  /// A step in the breadcrumbs: its words and, for all but the page itself, its link.
  struct Crumb: Sendable {
    var title: String
    var href: String?
  }

  var title: String
  var siteTitle: String
  /// Folders below the site's root: 0 for `index.html`, 1 for a panel's page.
  var depth: Int
  var breadcrumbs: [Crumb] = []
  /// An Atom feed to announce in the head, relative to the page.
  var feed: (title: String, href: String)?
  /// The day the figures describe, said in the footer.
  var asOf: Day
  /// The page's content, inside `<main>`.
  var main: HTMLWriter

  /// The path from this page to `path` (relative to the site's root).
  static func link(_ path: String, depth: Int) -> String {
    String(repeating: "../", count: depth) + path
  }

  /// The whole document.
  var document: String {
    var writer = HTMLWriter()
    writer.appendMarkup("<!DOCTYPE html>\n")
    writer.open("html", [.init("lang", "en-GB")])
    writer.newline()
    writer.open("head")
    writer.newline()
    writer.void("meta", [.init("charset", "utf-8")])
    writer.newline()
    writer.void(
      "meta", [.init("name", "viewport"), .init("content", "width=device-width, initial-scale=1")])
    writer.newline()
    writer.element("title", text: title == siteTitle ? title : "\(title) – \(siteTitle)")
    writer.newline()
    writer.void(
      "link", [.init("rel", "stylesheet"), .init("href", SitePage.link("style.css", depth: depth))])
    writer.newline()
    if let feed {
      writer.void(
        "link",
        [
          .init("rel", "alternate"), .init("type", "application/atom+xml"),
          .init("title", feed.title), .init("href", feed.href),
        ])
      writer.newline()
    }
    writer.close("head")
    writer.newline()
    writer.open("body")
    writer.newline()
    writer.element(
      "a", [.init("class", "skip-link"), .init("href", "#main")], text: "Skip to main content")
    writer.newline()
    header(&writer)
    writer.open("div", [.init("class", "width")])
    writer.newline()
    if !breadcrumbs.isEmpty { crumbs(&writer) }
    writer.open("main", [.init("id", "main")])
    writer.newline()
    writer.append(main)
    writer.close("main")
    writer.newline()
    writer.close("div")
    writer.newline()
    footer(&writer)
    writer.close("body")
    writer.newline()
    writer.close("html")
    writer.newline()
    return writer.output
  }

  private func header(_ writer: inout HTMLWriter) {
    writer.element("header", [.init("class", "site-header")]) { header in
      header.element("div", [.init("class", "width")]) { inner in
        inner.element(
          "a",
          [.init("class", "site-title"), .init("href", SitePage.link("index.html", depth: depth))],
          text: siteTitle)
        inner.element("nav", [.init("class", "site-nav"), .init("aria-label", "Site")]) { nav in
          nav.element("ul") { list in
            list.element("li") {
              $0.element(
                "a", [.init("href", SitePage.link("index.html", depth: depth))], text: "All panels")
            }
            list.element("li") {
              $0.element(
                "a", [.init("href", SitePage.link("agencies.html", depth: depth))],
                text: "Lead agencies")
            }
          }
        }
      }
    }
    writer.newline()
  }

  private func crumbs(_ writer: inout HTMLWriter) {
    writer.element("nav", [.init("class", "breadcrumbs"), .init("aria-label", "Breadcrumb")]) {
      nav in
      nav.element("ol") { list in
        for crumb in breadcrumbs {
          list.element("li") { item in
            if let href = crumb.href {
              item.element("a", [.init("href", href)], text: crumb.title)
            } else {
              item.element("span", [.init("aria-current", "page")], text: crumb.title)
            }
          }
        }
      }
    }
    writer.newline()
  }

  private func footer(_ writer: inout HTMLWriter) {
    writer.element("footer", [.init("class", "site-footer")]) { footer in
      footer.element("div", [.init("class", "width")]) { inner in
        inner.element(
          "p",
          text: "Figures as of \(asOf.longText). To report a crime or anti-social behaviour, "
            + "call 101 or report it online. In an emergency, always call 999.")
        inner.element(
          "p", text: "Published with pact from the panels' own records. No cookies, no tracking.")
      }
    }
    writer.newline()
  }
}
