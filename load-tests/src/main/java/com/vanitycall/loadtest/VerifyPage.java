package com.vanitycall.loadtest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code load verify --html}: the verdict (nothing lost or doubled, and the thresholds), what was
 * sent and stored, the events missing or stored twice, and each day's counters against its calls.
 */
public final class VerifyPage {

  private static final int LISTED = 200;

  private VerifyPage() {}

  /**
   * @param configuration what was verified against what, as shown
   */
  public static void write(VerifyReport report, Map<String, String> configuration, Path html) {
    List<Judgement> judgements = new ArrayList<>();
    judgements.add(
        new Judgement(
            "nothing lost, nothing doubled",
            String.format("lost = %,d, doubled = %,d", report.lost(), report.doubled()),
            !report.hasGaps()));
    judgements.addAll(report.thresholds());
    boolean passed = judgements.stream().allMatch(Judgement::passed);
    HtmlPage page =
        new HtmlPage("verify")
            .verdict(
                passed,
                String.format(
                    "verify: %,d of %,d events sent have their call record; %s",
                    report.stored(),
                    report.distinctEvents(),
                    report.hasGaps() ? "GAPS FOUND" : "nothing lost, nothing doubled"),
                judgements);
    Map<String, String> counts = new LinkedHashMap<>();
    counts.put("records sent", String.format("%,d", report.records()));
    counts.put("distinct call events", String.format("%,d", report.distinctEvents()));
    counts.put("sent more than once", String.format("%,d", report.sentMoreThanOnce().size()));
    counts.put("not call events", String.format("%,d", report.notCallEvents()));
    counts.put("stored", String.format("%,d", report.stored()));
    page.section("What was sent and stored", HtmlPage.definitions(counts));
    page.section("Missing (no call record)", ids(report.missing()));
    page.section("Stored more than once", ids(report.storedMoreThanOnce()));
    StringBuilder rows = new StringBuilder();
    for (VerifyReport.DayCheck day : report.days()) {
      rows.append(
          String.format(
              "<tr><td>%s</td><td class=\"num\">%,d</td><td class=\"num\">%,d</td>"
                  + "<td class=\"num\">%,d</td><td class=\"%s\">%s</td></tr>",
              day.day(),
              day.sent(),
              day.stored(),
              day.counted(),
              day.countedExactly() ? "pass" : "fail",
              HtmlPage.escape(dayResult(day))));
    }
    page.section(
        "Counters by day",
        HtmlPage.table(List.of("day", "sent", "stored", "counted", "result"), rows.toString()));
    page.section("Configuration", HtmlPage.definitions(configuration));
    page.write(html);
  }

  private static String dayResult(VerifyReport.DayCheck day) {
    if (day.countedExactly()) {
      return "each exactly once";
    }
    if (day.counted() < day.stored()) {
      return String.format("%,d stored but not counted", day.stored() - day.counted());
    }
    List<String> parts = new ArrayList<>();
    parts.add(String.format("counted %,d more than stored", day.counted() - day.stored()));
    if (!day.countedButMissing().isEmpty()) {
      parts.add("counted, then their record lost: " + String.join(", ", day.countedButMissing()));
    }
    if (!day.doubledSuspects().isEmpty()) {
      parts.add(
          (day.doubledNamed() ? "doubled: " : "doubled among: ")
              + String.join(", ", day.doubledSuspects()));
    }
    return String.join("; ", parts);
  }

  private static String ids(List<String> ids) {
    if (ids.isEmpty()) {
      return "<p>None.</p>";
    }
    StringBuilder list = new StringBuilder("<ul>");
    ids.stream()
        .limit(LISTED)
        .forEach(
            id -> list.append("<li><code>").append(HtmlPage.escape(id)).append("</code></li>"));
    list.append("</ul>");
    if (ids.size() > LISTED) {
      list.append(
          String.format(
              "<p class=\"note\">... and %,d more (all of them in --report).</p>",
              ids.size() - LISTED));
    }
    return list.toString();
  }
}
