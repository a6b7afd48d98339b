package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The open-model scheduler: every start handed over at its time or counted late or dropped. */
class ArrivalSchedulerTest {

  @Test
  void aDispatcherThatBlocks_makesTheFollowingStartsLate_andNoneIsSkipped() {
    LoadRecorder recorder = new LoadRecorder("replay", "records put");
    List<Long> handedOverLate = new ArrayList<>();
    int[] n = {0};

    long intended =
        new ArrivalScheduler(recorder)
            .run(
                System.nanoTime(),
                arrivals(ArrivalRate.constant(200, Duration.ofMillis(500))),
                (index, dueNanos) -> {
                  long lateBy = System.nanoTime() - dueNanos;
                  if (lateBy > ArrivalScheduler.LATE_AFTER.toNanos()) {
                    handedOverLate.add(lateBy);
                  }
                  if (n[0]++ == 10) {
                    // back-pressure: a full buffer holds the scheduler up for 100 ms
                    LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                  }
                  return true;
                },
                () -> false);

    LoadReport report = recorder.report();
    assertThat(intended).isEqualTo(100);
    assertThat(n[0]).as("every start handed over").isEqualTo(100);
    // the 100 ms hold-up makes about the next 18 starts (5 ms apart) more than 10 ms late
    assertThat(report.late()).isGreaterThanOrEqualTo(15).isEqualTo(handedOverLate.size());
    assertThat(report.dropped()).isZero();
    assertThat(report.intended()).isEqualTo(100);
  }

  @Test
  void aStartTheDispatcherRefuses_isCountedDropped_underItsIntendedSecond() {
    LoadRecorder recorder = new LoadRecorder("storm", "calls answered");
    int[] n = {0};

    new ArrivalScheduler(recorder)
        .run(
            recorder.startedNanos(),
            arrivals(ArrivalRate.constant(100, Duration.ofMillis(300))),
            (index, dueNanos) -> n[0]++ % 3 != 0,
            () -> false);

    LoadReport report = recorder.report();
    assertThat(report.intended()).isEqualTo(30);
    assertThat(report.dropped()).isEqualTo(10);
    assertThat(report.intervals().get(0).dropped()).isEqualTo(10);
  }

  private static Iterator<ArrivalScheduler.Arrival<Integer>> arrivals(ArrivalRate rate) {
    return ArrivalScheduler.numbered(rate.startOffsetsNanos());
  }
}
