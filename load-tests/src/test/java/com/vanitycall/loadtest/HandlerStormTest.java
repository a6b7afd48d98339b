package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The storm's two models on targets that answer as told: a new contact per call; the open model
 * measures from the intended start, so a stalled target shows high latency and dropped starts
 * instead of a low rate with good percentiles; progress lines never contradict the final count.
 */
class HandlerStormTest {

  private static final ClosedWorkload SHORT =
      new ClosedWorkload(Duration.ofMillis(300), 3, Duration.ZERO);
  private static final List<String> NUMBERS = List.of("+18003569377", "+14155550123", "anonymous");

  @Test
  void everyCall_isANewContact_alsoInASecondStormOfTheSameNumbers() {
    Queue<String> contactIds = new ConcurrentLinkedQueue<>();
    Queue<String> numbersCalled = new ConcurrentLinkedQueue<>();
    StormTarget recording =
        (contactId, number) -> {
          contactIds.add(contactId);
          numbersCalled.add(number);
          LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
          return "QUICK";
        };

    HandlerStorm.Result first = new HandlerStorm(recording, SHORT, NUMBERS).run(quiet());
    HandlerStorm.Result second = new HandlerStorm(recording, SHORT, NUMBERS).run(quiet());

    assertThat(first.report().count()).isPositive();
    assertThat(second.report().count()).isPositive();
    assertThat(contactIds).doesNotHaveDuplicates();
    assertThat(first.micros().keySet()).doesNotContainAnyElementsOf(second.micros().keySet());
    assertThat(numbersCalled).containsOnly(NUMBERS.toArray(String[]::new));
    assertThat(first.answeredFrom()).containsOnlyKeys("QUICK");
  }

  @Test
  void aTargetThatSleeps_showsHighLatencyFromTheIntendedStart_andDroppedStarts() {
    StormTarget sleepy = sleeping(Duration.ofMillis(200));
    // 100 calls/s for 1.5 s with at most 5 in flight: 5 every 200 ms can run, 150 are intended
    OpenWorkload open = new OpenWorkload(ArrivalRate.constant(100, Duration.ofMillis(1_500)), 5);

    LoadReport report = new HandlerStorm(sleepy, open, NUMBERS).run(quiet()).report();

    assertThat(report.intended()).isEqualTo(150);
    assertThat(report.count() + report.dropped() + report.errorCount())
        .as("every intended start is answered, failed or dropped: none skipped")
        .isEqualTo(150);
    assertThat(report.dropped()).isGreaterThan(100);
    assertThat(report.latency().p50()).isGreaterThanOrEqualTo(200);
  }

  @Test
  void aStall_isInTheOpenModelsPercentiles_butHidesFromTheClosedModels() {
    Duration stallFrom = Duration.ofMillis(300);
    Duration stallTo = Duration.ofMillis(800);
    Duration length = Duration.ofMillis(1_500);

    LoadReport open =
        new HandlerStorm(
                stalling(stallFrom, stallTo),
                new OpenWorkload(ArrivalRate.constant(200, length), 500),
                NUMBERS)
            .run(quiet())
            .report();
    LoadReport closed =
        new HandlerStorm(
                stalling(stallFrom, stallTo), new ClosedWorkload(length, 2, Duration.ZERO), NUMBERS)
            .run(quiet())
            .report();

    // a third of the open model's starts fall in the 500 ms stall and wait up to its end
    assertThat(open.dropped()).isZero();
    assertThat(open.count()).isEqualTo(300);
    assertThat(open.latency().p90()).isGreaterThanOrEqualTo(250);
    // the closed model's two callers wait once each: its percentiles look fine, its rate drops
    assertThat(closed.latency().p90()).isLessThan(50);
    assertThat(closed.latency().max()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void progressLines_sayTheyAreSoFar_andNoneIsPrintedAtTheEnd_whereTheReportCounts() {
    StringWriter progress = new StringWriter();
    StormTarget quick = sleeping(Duration.ofMillis(1));
    // the planned end falls on a progress tick (500 ms, every 250 ms): that tick prints nothing
    HandlerStorm.Result result =
        new HandlerStorm(
                quick,
                new ClosedWorkload(Duration.ofMillis(500), 2, Duration.ZERO),
                NUMBERS,
                Duration.ofMillis(250))
            .run(new PrintWriter(progress, true));

    List<String> lines = progress.toString().lines().toList();
    assertThat(lines).hasSizeLessThanOrEqualTo(1).allMatch(line -> line.contains("so far"));
    Matcher count = Pattern.compile("([\\d,]+) calls answered so far").matcher(progress.toString());
    while (count.find()) {
      assertThat(Long.parseLong(count.group(1).replace(",", "")))
          .isLessThan(result.report().count());
    }
  }

  private static StormTarget sleeping(Duration sleep) {
    return (contactId, number) -> {
      LockSupport.parkNanos(sleep.toNanos());
      return "QUICK";
    };
  }

  /**
   * Answers in a tenth of a millisecond, except that every call during [from, to) after the first
   * waits until to.
   */
  private static StormTarget stalling(Duration from, Duration to) {
    long[] start = {0};
    return (contactId, number) -> {
      synchronized (start) {
        if (start[0] == 0) {
          start[0] = System.nanoTime();
        }
      }
      long now = System.nanoTime() - start[0];
      if (now >= from.toNanos() && now < to.toNanos()) {
        LockSupport.parkNanos(to.toNanos() - now);
      } else {
        LockSupport.parkNanos(100_000);
      }
      return "QUICK";
    };
  }

  private static PrintWriter quiet() {
    return new PrintWriter(Writer.nullWriter());
  }
}
