package com.vanitycall.core.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

  private static InMemoryLiveConnections pages(int count) {
    InMemoryLiveConnections pages = new InMemoryLiveConnections();
    IntStream.range(0, count).forEach(i -> pages.add("page-" + i, Instant.MAX));
    return pages;
  }

  @Test
  void aMessage_listsThePagesOnce_andPostsToSeveralAtATime() {
    InMemoryLiveConnections pages = pages(64);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    CountDownLatch eightAtOnce = new CountDownLatch(8);
    Map<String, String> received = new ConcurrentHashMap<>();
    LiveChannel channel =
        (page, message) -> {
          mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          eightAtOnce.countDown();
          try {
            // one at a time, this would wait for the others until the deadline, and fail
            assertThat(eightAtOnce.await(10, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          received.put(page, message);
          inFlight.decrementAndGet();
          return true;
        };

    int reached = new LiveFeed(pages, channel, 8).publish("{\"calls\":[]}");

    assertThat(reached).isEqualTo(64);
    assertThat(received).hasSize(64).containsValue("{\"calls\":[]}");
    assertThat(mostInFlight).hasValue(8);
  }

  @Test
  void aPageThatHasGone_isForgotten_andOneThatFails_keepsNoOtherFromHearing() {
    InMemoryLiveConnections pages = pages(3);
    LiveChannel channel =
        (page, message) -> {
          if (page.equals("page-1")) {
            throw new IllegalStateException("throttled");
          }
          return !page.equals("page-2");
        };

    int reached = new LiveFeed(pages, channel, 4).publish("{}");

    assertThat(reached).isEqualTo(1);
    assertThat(pages.open()).containsExactlyInAnyOrder("page-0", "page-1");
  }

  @Test
  void postsInFlight_isAtLeastOne() {
    assertThatThrownBy(() -> new LiveFeed(pages(0), (page, message) -> true, 0))
        .hasMessageContaining("postsInFlight");
  }
}
