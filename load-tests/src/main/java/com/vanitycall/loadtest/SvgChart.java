package com.vanitycall.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG, for the HTML reports: no script, no network, scaled to the page's
 * width (a {@code viewBox}), linear or logarithmic axes, a legend. Ticks are given by the caller
 * (they know what the axis means: seconds, percentiles) or chosen as round numbers.
 */
final class SvgChart {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 300;
  private static final int LEFT = 72;
  private static final int RIGHT = 16;
  private static final int TOP = 46;
  private static final int BOTTOM = 48;

  /** How an axis maps values. */
  enum Scale {
    LINEAR,
    LOG
  }

  /** A labelled position on an axis. */
  record Tick(double value, String label) {}

  /** One line: its points (x and y of the same length), its colour, dashed or not. */
  record Series(String name, String color, double[] x, double[] y, boolean dashed) {}

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private Scale xScale = Scale.LINEAR;
  private Scale yScale = Scale.LINEAR;
  private List<Tick> xTicks;
  private final List<Series> series = new ArrayList<>();

  SvgChart(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  SvgChart xScale(Scale scale) {
    this.xScale = scale;
    return this;
  }

  SvgChart yScale(Scale scale) {
    this.yScale = scale;
    return this;
  }

  SvgChart xTicks(List<Tick> ticks) {
    this.xTicks = List.copyOf(ticks);
    return this;
  }

  SvgChart add(Series line) {
    if (line.x().length != line.y().length) {
      throw new IllegalArgumentException(line.name() + ": as many x as y values");
    }
    series.add(line);
    return this;
  }

  String render() {
    StringBuilder svg = new StringBuilder("<div class=\"scroll\">");
    svg.append(
            String.format(
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, HEIGHT, HtmlPage.escape(title)))
        .append("<title>")
        .append(HtmlPage.escape(title))
        .append("</title>");
    Range x = range(true);
    Range y = range(false);
    if (x == null || y == null) {
      svg.append(text(WIDTH / 2.0, HEIGHT / 2.0, "no data", "middle", "note"))
          .append("</svg></div>");
      return svg.toString();
    }
    axes(svg, x, y);
    for (Series line : series) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < line.x().length; i++) {
        if (!drawable(line.x()[i], xScale) || !drawable(line.y()[i], yScale)) {
          continue;
        }
        points
            .append(num(px(x, line.x()[i])))
            .append(',')
            .append(num(py(y, line.y()[i])))
            .append(' ');
      }
      svg.append(
          String.format(
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"%s points=\"%s\"><title>%s</title></polyline>",
              line.color(),
              line.dashed() ? " stroke-dasharray=\"5 3\"" : "",
              points.toString().strip(),
              HtmlPage.escape(line.name())));
    }
    legend(svg);
    svg.append("</svg></div>");
    return svg.toString();
  }

  private void axes(StringBuilder svg, Range x, Range y) {
    double plotBottom = HEIGHT - BOTTOM;
    svg.append(text(LEFT, 20, title, "start", "title"));
    svg.append(
        String.format(
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"plot\"/>",
            LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
    for (Tick tick : xTicks != null ? xTicks : ticks(x, xScale)) {
      if (tick.value() < x.low() || tick.value() > x.high()) {
        continue;
      }
      double at = px(x, tick.value());
      svg.append(line(at, TOP, at, plotBottom, "grid"));
      svg.append(text(at, plotBottom + 17, tick.label(), "middle", "tick"));
    }
    for (Tick tick : ticks(y, yScale)) {
      double at = py(y, tick.value());
      svg.append(line(LEFT, at, WIDTH - RIGHT, at, "grid"));
      svg.append(text(LEFT - 5, at + 5, tick.label(), "end", "tick"));
    }
    svg.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 8, xLabel, "middle", "axis"));
    svg.append(
        String.format(
            "<text class=\"axis\" text-anchor=\"middle\" transform=\"translate(16 %s) rotate(-90)\">%s</text>",
            num((TOP + plotBottom) / 2), HtmlPage.escape(yLabel)));
  }

  /** The legend, under the title from the left, so that a phone shows it without scrolling. */
  private void legend(StringBuilder svg) {
    double at = LEFT;
    for (Series line : series) {
      svg.append(
          String.format(
              "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>",
              num(at),
              TOP - 14,
              num(at + 16),
              TOP - 14,
              line.color(),
              line.dashed() ? " stroke-dasharray=\"5 3\"" : ""));
      svg.append(text(at + 20, TOP - 9, line.name(), "start", "legend"));
      at += 32 + line.name().length() * 7.5;
    }
  }

  /** The range of the drawable values of every series, padded a little; null if none. */
  private Range range(boolean ofX) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    Scale scale = ofX ? xScale : yScale;
    for (Series line : series) {
      double[] values = ofX ? line.x() : line.y();
      double[] other = ofX ? line.y() : line.x();
      for (int i = 0; i < values.length; i++) {
        if (drawable(values[i], scale) && drawable(other[i], ofX ? yScale : xScale)) {
          low = Math.min(low, values[i]);
          high = Math.max(high, values[i]);
        }
      }
    }
    if (low > high) {
      return null;
    }
    if (scale == Scale.LOG) {
      return new Range(
          Math.pow(10, Math.floor(Math.log10(low))),
          Math.pow(10, Math.ceil(Math.log10(high * 1.0001))));
    }
    if (!ofX) {
      low = Math.min(0, low);
      high = high <= low ? low + 1 : high * 1.08;
    } else if (high <= low) {
      high = low + 1;
    }
    return new Range(low, high);
  }

  private record Range(double low, double high) {}

  private static boolean drawable(double value, Scale scale) {
    return Double.isFinite(value) && (scale == Scale.LINEAR || value > 0);
  }

  private double px(Range x, double value) {
    return LEFT + fraction(x, value, xScale) * (WIDTH - LEFT - RIGHT);
  }

  private double py(Range y, double value) {
    return HEIGHT - BOTTOM - fraction(y, value, yScale) * (HEIGHT - TOP - BOTTOM);
  }

  private static double fraction(Range range, double value, Scale scale) {
    if (scale == Scale.LOG) {
      return (Math.log10(value) - Math.log10(range.low()))
          / (Math.log10(range.high()) - Math.log10(range.low()));
    }
    return (value - range.low()) / (range.high() - range.low());
  }

  /** Round-number ticks: powers of ten on a log axis, 1-2-5 steps on a linear one. */
  private static List<Tick> ticks(Range range, Scale scale) {
    List<Tick> ticks = new ArrayList<>();
    if (scale == Scale.LOG) {
      for (double v = range.low(); v <= range.high() * 1.0001; v *= 10) {
        ticks.add(new Tick(v, label(v)));
      }
      return ticks;
    }
    double rough = (range.high() - range.low()) / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double step =
        rough / magnitude < 1.5
            ? magnitude
            : rough / magnitude < 3.5
                ? 2 * magnitude
                : rough / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
    for (double v = Math.ceil(range.low() / step) * step; v <= range.high(); v += step) {
      ticks.add(new Tick(v, label(v)));
    }
    return ticks;
  }

  private static String label(double value) {
    if (value != 0 && (Math.abs(value) < 0.01 || Math.abs(value) >= 100_000)) {
      return String.format(Locale.ROOT, "%.0e", value);
    }
    if (value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return String.format(Locale.ROOT, "%s", stripZeros(String.format(Locale.ROOT, "%.3f", value)));
  }

  private static String stripZeros(String number) {
    return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
  }

  private static String line(double x1, double y1, double x2, double y2, String cssClass) {
    return String.format(
        "<line class=\"%s\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>",
        cssClass, num(x1), num(y1), num(x2), num(y2));
  }

  private static String text(double x, double y, String text, String anchor, String cssClass) {
    return String.format(
        "<text class=\"%s\" x=\"%s\" y=\"%s\" text-anchor=\"%s\">%s</text>",
        cssClass, num(x), num(y), anchor, HtmlPage.escape(text));
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
