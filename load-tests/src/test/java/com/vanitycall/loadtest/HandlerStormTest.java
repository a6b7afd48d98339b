package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The storm's callers, on a target that records what it is asked and answers in a millisecond. */
class HandlerStormTest {

  private static final StormOptions SHORT =
      new StormOptions(Duration.ofMillis(300), 3, Duration.ZERO);

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
    List<String> numbers = List.of("+18003569377", "+14155550123", "anonymous");

    HandlerStorm.Result first =
        new HandlerStorm(recording, SHORT, numbers).run(new PrintWriter(Writer.nullWriter()));
    HandlerStorm.Result second =
        new HandlerStorm(recording, SHORT, numbers).run(new PrintWriter(Writer.nullWriter()));

    assertThat(first.report().count()).isPositive();
    assertThat(second.report().count()).isPositive();
    assertThat(contactIds).doesNotHaveDuplicates();
    assertThat(first.micros().keySet()).doesNotContainAnyElementsOf(second.micros().keySet());
    assertThat(numbersCalled).containsOnly(numbers.toArray(String[]::new));
    assertThat(first.answeredFrom()).containsOnlyKeys("QUICK");
  }
}
