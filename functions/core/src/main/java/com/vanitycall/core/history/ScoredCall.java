package com.vanitycall.core.history;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.WorthSaying;
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
 * @param worthSaying those of {@code best} the next call will hear ({@link WorthSaying}), best
 *     first
 * @param dictionaryVersion the word data that scored them
 */
public record ScoredCall(
    String itemIdentifier,
    String sequenceNumber,
    CallEvent event,
    List<Vanity> best,
    List<Vanity> worthSaying,
    String dictionaryVersion) {

  public ScoredCall {
    Objects.requireNonNull(itemIdentifier, "itemIdentifier");
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    best = List.copyOf(best);
    worthSaying = List.copyOf(worthSaying);
  }

  public String eventId() {
    return event.eventId();
  }

  /**
   * The headline word of the first option worth saying, or {@value CallStatistics#NONE} (digits,
   * and two-letter words such as BE, are not words a caller hears as one): the subject of the
   * call's word counter.
   */
  public String headlineWord() {
    return worthSaying.stream()
        .findFirst()
        .flatMap(WorthSaying::headlineWordOf)
        .orElse(CallStatistics.NONE);
  }
}
