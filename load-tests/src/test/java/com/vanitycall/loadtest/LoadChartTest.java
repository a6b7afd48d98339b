package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadChartTest {

  @TempDir Path folder;

  @Test
  void aReport_isDrawnAsAPng_withThroughputAboveLatency() throws Exception {
    LoadRecorder recorder = new LoadRecorder("storm", "calls answered");
    long now = System.nanoTime();
    for (int i = 0; i < 3_000; i++) {
      recorder.done(now + i * 1_000_000L, 1_000 + i % 700);
    }
    Path png = folder.resolve("storm.png");

    LoadChart.write(recorder.report(), "storm", "answer time", png);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(720);
  }

  @Test
  void aReport_hasItsPercentiles_perSecond_andInAll() {
    LoadRecorder recorder = new LoadRecorder("replay", "records put");
    long now = System.nanoTime();
    for (int i = 1; i <= 1_000; i++) {
      recorder.done(now, i * 10L);
    }
    recorder.errors("ProvisionedThroughputExceededException (retried)", 3);

    LoadReport report = recorder.report();
    StringWriter text = new StringWriter();
    report.print(new PrintWriter(text), "scheduled -> accepted");

    assertThat(report.count()).isEqualTo(1_000);
    assertThat(report.latency().p50()).isBetween(4.99, 5.01);
    assertThat(report.latency().max()).isBetween(9.99, 10.01);
    assertThat(report.intervals()).isNotEmpty();
    assertThat(report.intervals().stream().mapToLong(LoadReport.Interval::count).sum())
        .isEqualTo(1_000);
    assertThat(text.toString())
        .contains(
            "1,000 records put", "p99.9", "ProvisionedThroughputExceededException (retried)=3");
  }
}
