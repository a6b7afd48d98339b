package com.vanitycall.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * A load report as a PNG: operations per second over time above, latency percentiles (p50, p90,
 * p99, max) per second below, on a shared time axis.
 */
public final class LoadChart {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 360;

  private LoadChart() {}

  /**
   * @param title what ran ("storm: Connect handler, 4 workers")
   * @param latencyMeaning what latency is measured from and to
   */
  public static void write(LoadReport report, String title, String latencyMeaning, Path png) {
    System.setProperty("java.awt.headless", "true");
    // a last second the run covered less than half of would be drawn as a collapse
    List<LoadReport.Interval> intervals =
        report.intervals().stream().filter(i -> i.second() + 0.5 <= report.seconds()).toList();
    double[] seconds = values(intervals, i -> i.second() + 1);
    XYChart throughput = chart(title + ": " + report.what() + " per second", "per second");
    throughput.addSeries(report.what() + "/s", seconds, values(intervals, i -> i.count()));
    XYChart latency = chart("latency per second (" + latencyMeaning + ")", "ms");
    latency.getStyler().setYAxisLogarithmic(true);
    latency.addSeries("max", seconds, positive(intervals, LoadReport.Interval::max));
    latency.addSeries("p99", seconds, positive(intervals, LoadReport.Interval::p99));
    latency.addSeries("p90", seconds, positive(intervals, LoadReport.Interval::p90));
    latency.addSeries("p50", seconds, positive(intervals, LoadReport.Interval::p50));
    try {
      Path parent = png.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // the encoder adds ".png" to a name that lacks it
      BitmapEncoder.saveBitmap(
          List.of(throughput, latency), 2, 1, png.toString(), BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart " + png, e);
    }
  }

  private static XYChart chart(String title, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("seconds since start")
            .yAxisTitle(yTitle)
            .build();
    chart
        .getStyler()
        .setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setMarkerSize(0);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    return chart;
  }

  private static double[] values(
      List<LoadReport.Interval> intervals, ToDoubleFunction<LoadReport.Interval> value) {
    return intervals.isEmpty() ? new double[] {0} : intervals.stream().mapToDouble(value).toArray();
  }

  /** A log axis cannot show 0: an empty second is drawn at a hundredth of a millisecond. */
  private static double[] positive(
      List<LoadReport.Interval> intervals, ToDoubleFunction<LoadReport.Interval> value) {
    double[] values = values(intervals, value);
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.max(values[i], 0.01);
    }
    return values;
  }
}
