package com.vanitycall.loadtest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML page for a load report: one file, its style inline and its charts inline
 * SVG, no script and no request outside the file (its Content-Security-Policy refuses any),
 * readable on a phone. It opens with the verdict, then the sections the report adds.
 */
final class HtmlPage {

  /** Nothing may be fetched: styles and images are inline, and there is no script. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private static final String STYLE =
      """
      :root { color-scheme: light; --ok: #1b7f3b; --bad: #b3261e; --ink: #1d1d1f; --muted: #5f6368; }
      * { box-sizing: border-box; }
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
             margin: 0 auto; max-width: 920px; padding: 12px; }
      header.verdict { border-radius: 8px; padding: 12px 16px; color: #fff; }
      header.passed { background: var(--ok); } header.failed { background: var(--bad); }
      header h1 { margin: 0 0 4px; font-size: 1.6em; } header p { margin: 0; }
      h2 { font-size: 1.15em; margin: 22px 0 6px; border-bottom: 1px solid #ddd; padding-bottom: 3px; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
      th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
      td.num, th.num { text-align: right; white-space: nowrap; }
      td.pass { color: var(--ok); font-weight: 600; } td.fail { color: var(--bad); font-weight: 600; }
      p.note, footer { color: var(--muted); font-size: 0.9em; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
      dt { color: var(--muted); } dd { margin: 0; word-break: break-word; }
      svg.chart { width: 100%; min-width: 520px; height: auto; display: block; margin: 6px 0; }
      svg .plot { fill: #fafafa; stroke: #ccc; } svg .grid { stroke: #e6e6e6; }
      svg text { font: 14px system-ui, sans-serif; fill: #444; } svg .title { font-weight: 600; font-size: 15px; }
      svg .legend { font-size: 13px; } svg .note { font-size: 16px; fill: #888; }
      code { font-size: 0.92em; }
      """;

  private final String title;
  private final StringBuilder body = new StringBuilder();

  HtmlPage(String title) {
    this.title = title;
  }

  /**
   * The verdict that opens the page.
   *
   * @param passed whether every check and threshold held
   * @param summary one line under it: what ran
   * @param judgements every check and threshold, judged
   */
  HtmlPage verdict(boolean passed, String summary, List<Judgement> judgements) {
    body.append(
        String.format(
            "<header class=\"verdict %s\" id=\"verdict\"><h1>%s</h1><p>%s</p></header>",
            passed ? "passed" : "failed", passed ? "PASSED" : "FAILED", escape(summary)));
    if (judgements.isEmpty()) {
      return paragraph("No thresholds were given (--threshold 'p99<20ms', ...).");
    }
    StringBuilder rows = new StringBuilder();
    for (Judgement judgement : judgements) {
      rows.append(
          String.format(
              "<tr><td><code>%s</code></td><td>%s</td><td class=\"%s\">%s</td></tr>",
              escape(judgement.what()),
              escape(judgement.measured()),
              judgement.passed() ? "pass" : "fail",
              judgement.passed() ? "passed" : "FAILED"));
    }
    return section(
        "Thresholds and checks",
        table(List.of("threshold or check", "measured", "result"), rows.toString()));
  }

  /** A section: a heading and its (already escaped) HTML. */
  HtmlPage section(String heading, String html) {
    body.append("<section><h2>").append(escape(heading)).append("</h2>").append(html);
    body.append("</section>");
    return this;
  }

  HtmlPage paragraph(String text) {
    body.append("<p class=\"note\">").append(escape(text)).append("</p>");
    return this;
  }

  /** A table of the given header and rows (rows already HTML). */
  static String table(List<String> header, String rows) {
    StringBuilder head = new StringBuilder();
    for (String cell : header) {
      head.append("<th>").append(escape(cell)).append("</th>");
    }
    return "<div class=\"scroll\"><table><thead><tr>"
        + head
        + "</tr></thead><tbody>"
        + rows
        + "</tbody></table></div>";
  }

  /** A definition list of the entries, in their order. */
  static String definitions(Map<String, String> entries) {
    StringBuilder list = new StringBuilder("<dl>");
    entries.forEach(
        (term, value) ->
            list.append("<dt>")
                .append(escape(term))
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd>"));
    return list.append("</dl>").toString();
  }

  String render() {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + CONTENT_SECURITY_POLICY
        + "\"><title>"
        + escape(title)
        + "</title><style>"
        + STYLE
        + "</style></head><body>"
        + body
        + "<footer><p>"
        + escape(title)
        + " &middot; written by ./vanitycall at "
        + Instant.now()
        + "; one file, nothing fetched.</p></footer></body></html>\n";
  }

  void write(Path file) {
    ReportFiles.writeHtml(render(), file);
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
