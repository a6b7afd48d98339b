package com.vanitycall.loadtest;

import java.util.List;

/**
 * {@code load compare --html}: the verdict (regressions beyond the bound or none), both runs side
 * by side with the change of each figure, and both latency distributions on one chart.
 */
final class ComparisonPage {

  private ComparisonPage() {}

  static HtmlPage page(RunComparison comparison) {
    List<RunComparison.Row> regressions = comparison.regressions();
    String title =
        "compare "
            + comparison.candidate().kind()
            + ": "
            + comparison.candidateName()
            + " against "
            + comparison.baseName();
    HtmlPage page =
        new HtmlPage(title)
            .verdict(
                regressions.isEmpty(),
                regressions.isEmpty()
                    ? "no figure regressed by more than " + comparison.bound() + "%"
                    : regressions.size()
                        + " figure(s) regressed by more than "
                        + comparison.bound()
                        + "%: "
                        + String.join(
                            ", ", regressions.stream().map(RunComparison.Row::figure).toList()),
                regressions.stream()
                    .map(
                        r ->
                            new Judgement(
                                r.figure() + " within " + comparison.bound() + "%",
                                r.baseShown()
                                    + " → "
                                    + r.candidateShown()
                                    + " ("
                                    + RunComparison.change(r)
                                    + ")",
                                false))
                    .toList());
    StringBuilder rows = new StringBuilder();
    for (RunComparison.Row row : comparison.rows()) {
      rows.append(
          String.format(
              "<tr><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
                  + "<td class=\"num\">%s</td><td class=\"%s\">%s</td></tr>",
              HtmlPage.escape(row.figure()),
              HtmlPage.escape(row.baseShown()),
              HtmlPage.escape(row.candidateShown()),
              HtmlPage.escape(RunComparison.change(row)),
              row.regression() ? "fail" : "pass",
              row.regression() ? "REGRESSION" : "ok"));
    }
    page.section(
        "Side by side",
        HtmlPage.table(List.of("figure", "base", "new", "change", ""), rows.toString())
            + comparison
                .workloads()
                .map(line -> "<p class=\"note\">" + HtmlPage.escape(line) + "</p>")
                .orElse(""));
    page.section(
        "Latency distributions",
        LoadReportPage.distributionChart("latency by percentile, both runs")
                .add(
                    LoadReportPage.distribution(
                        comparison.base(),
                        "base: " + comparison.baseName(),
                        LoadReportPage.GREY,
                        true))
                .add(
                    LoadReportPage.distribution(
                        comparison.candidate(),
                        "new: " + comparison.candidateName(),
                        LoadReportPage.BLUE,
                        false))
                .render()
            + (comparison.base().distribution().isEmpty()
                ? "<p class=\"note\">The base is a schema v1 report: it kept no distribution.</p>"
                : ""));
    page.section("Base machine", LoadReportPage.machine(machine(comparison.base())));
    page.section("New machine", LoadReportPage.machine(machine(comparison.candidate())));
    return page;
  }

  private static RunContext.Machine machine(LoadReport report) {
    return report.run() == null ? null : report.run().machine();
  }
}
