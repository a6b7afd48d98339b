package com.vanitycall.core.history;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.vanity.Vanity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A call the pipeline scored deeply, ready for the {@link CallLedger}: the event, its deep best
 * vanities, and the stream record it came in.
 *
 * @param itemIdentifier the stream record's Kinesis {@code eventID}: what EventBridge Pipes retries
 *     it by when it is reported in {@code batchItemFailures}
 * @param sequenceNumber the stream record's sequence number, which names its dead letter
 * @param best the deep best vanities, best first; empty without a number
 * @param dictionaryVersion the word data that scored them
 */
public record ScoredCall(
    String itemIdentifier,
    String sequenceNumber,
    CallEvent event,
    List<Vanity> best,
    String dictionaryVersion) {

  public ScoredCall {
    Objects.requireNonNull(itemIdentifier, "itemIdentifier");
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    best = List.copyOf(best);
  }

  public String eventId() {
    return event.eventId();
  }

  /**
   * The longest word of the best vanity (the first of equals), or {@value CallStatistics#NONE}: the
   * subject of the call's word counter.
   */
  public String headlineWord() {
    return best.stream()
        .findFirst()
        .flatMap(top -> top.words().stream().max(Comparator.comparingInt(String::length)))
        .orElse(CallStatistics.NONE);
  }
}
