package com.vanitycall.loadtest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code load capture --html}: what was captured, the stream's traffic per second as it arrived,
 * and every shard read with its lineage (the shards it was split or merged from).
 */
public final class CapturePage {

  private CapturePage() {}

  /**
   * @param captured records written
   * @param configuration what was captured from where, as shown
   */
  public static void write(
      long captured,
      List<StreamCapture.ShardRead> shards,
      Map<Instant, Long> arrivalsPerSecond,
      Map<String, String> configuration,
      Path html) {
    long children = shards.stream().filter(s -> !s.parents().isEmpty()).count();
    HtmlPage page =
        new HtmlPage("capture")
            .verdict(
                true,
                String.format(
                    "captured %,d records from %d shards (%d of them split or merged from others)",
                    captured, shards.size(), children),
                List.of());
    double[] x = new double[arrivalsPerSecond.size()];
    double[] y = new double[arrivalsPerSecond.size()];
    Instant first =
        arrivalsPerSecond.isEmpty() ? null : arrivalsPerSecond.keySet().iterator().next();
    int i = 0;
    for (Map.Entry<Instant, Long> second : arrivalsPerSecond.entrySet()) {
      x[i] = second.getKey().getEpochSecond() - first.getEpochSecond();
      y[i++] = second.getValue();
    }
    page.section(
        "Records per second, as they arrived on the stream",
        new SvgChart("records per second (arrival time)", "seconds since the first", "per second")
            .add(new SvgChart.Series("records", LoadReportPage.BLUE, x, y, false))
            .render());
    StringBuilder rows = new StringBuilder();
    for (StreamCapture.ShardRead shard : shards) {
      rows.append(
          String.format(
              "<tr><td><code>%s</code></td><td>%s</td><td class=\"num\">%,d</td><td>%s</td></tr>",
              HtmlPage.escape(shard.shardId()),
              HtmlPage.escape(shard.parents().isEmpty() ? "–" : String.join(", ", shard.parents())),
              shard.records(),
              shard.closed() ? "closed, read to its end" : "open"));
    }
    page.section(
        "Shards and their lineage",
        HtmlPage.table(
                List.of("shard", "split or merged from", "records", "state"), rows.toString())
            + "<p class=\"note\">A shard is read only once every shard it came from is read to its"
            + " end, so each key's records are in order across a split and a merge.</p>");
    page.section("Configuration", HtmlPage.definitions(configuration));
    page.write(html);
  }
}
