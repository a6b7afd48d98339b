package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedCallsTest {

  private static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

  @TempDir Path folder;

  @Test
  void generatedCalls_averageTheRate_withBurstsInTheFirstSecondOfEveryTen() {
    List<CapturedRecord> calls = GeneratedCalls.generate(20_000, 100, 5L, START);

    Duration span = Duration.between(START, calls.get(calls.size() - 1).arrivedAt());
    assertThat(span.toMillis() / 1000.0).isBetween(190.0, 210.0);
    long inBursts =
        calls.stream()
            .filter(c -> Duration.between(START, c.arrivedAt()).toSeconds() % 10 == 0)
            .count();
    assertThat(inBursts / 20_000.0).isBetween(0.2, 0.3);
  }

  @Test
  void generatedCalls_areCallEvents_keyedByEventId_atTheirArrivalTime_andRepeatable() {
    List<CapturedRecord> calls = GeneratedCalls.generate(500, 50, 9L, START);
    CallEventCodec codec = new CallEventCodec();

    for (CapturedRecord call : calls) {
      CallEvent event = codec.fromJson(call.text());
      assertThat(call.partitionKey()).isEqualTo(event.eventId());
      assertThat(event.receivedAt()).isEqualTo(call.arrivedAt());
    }
    assertThat(GeneratedCalls.generate(500, 50, 9L, START)).isEqualTo(calls);
  }

  @Test
  void aCaptureFile_readsBackWhatWasWritten() {
    List<CapturedRecord> calls = GeneratedCalls.generate(100, 50, 3L, START);
    CaptureFile file = new CaptureFile(folder.resolve("calls.jsonl"));

    file.write(calls);

    assertThat(file.readAll()).isEqualTo(calls);
  }
}
