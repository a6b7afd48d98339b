package com.vanitycall.core.lake;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.CallStatistics;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One processed call as the history lake keeps it (docs/analytics.md): when, from where and whom
 * (pseudonymously), what the caller heard and from which source, how long the answer took, the deep
 * best five and the word the counters count it under. No whole caller number.
 *
 * @param caller present exactly when the caller's number was valid
 * @param headlineWord the word the call's word counter counts ({@link ScoredCall#headlineWord()});
 *     empty when it has none
 */
public record LakeRecord(
    String eventId,
    Instant receivedAt,
    boolean synthetic,
    CallerStatus callerStatus,
    Optional<LakeCaller> caller,
    VanitySource source,
    long answerMicros,
    List<Vanity> heard,
    List<Vanity> best,
    Optional<String> headlineWord,
    String dictionaryVersion) {

  private static final CallerNumberParser PARSER = new CallerNumberParser();

  public LakeRecord {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(callerStatus, "callerStatus");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(headlineWord, "headlineWord");
    Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    heard = List.copyOf(heard);
    best = List.copyOf(best);
    if (caller.isPresent() != (callerStatus == CallerStatus.VALID)) {
      throw new IllegalArgumentException("a lake record has a caller exactly when it is VALID");
    }
  }

  /** The lake's record of a scored call, its caller made pseudonymous by {@code pseudonyms}. */
  public static LakeRecord of(ScoredCall scored, CallerPseudonyms pseudonyms) {
    CallEvent event = scored.event();
    Optional<LakeCaller> caller =
        event.callerNumber() != null
                && PARSER.parse(event.callerNumber()) instanceof CallerNumber.Valid valid
            ? Optional.of(LakeCaller.of(valid.phoneNumber(), pseudonyms))
            : Optional.empty();
    String word = scored.headlineWord();
    return new LakeRecord(
        event.eventId(),
        event.receivedAt(),
        event.synthetic(),
        caller.isPresent() ? CallerStatus.VALID : statusWithoutNumber(event.callerStatus()),
        caller,
        event.source(),
        event.answerMicros(),
        event.answer(),
        scored.best(),
        word.equals(CallStatistics.NONE) ? Optional.empty() : Optional.of(word),
        scored.dictionaryVersion());
  }

  /** The UTC day the call was received: its partition. */
  public LocalDate day() {
    return LocalDate.ofInstant(receivedAt, ZoneOffset.UTC);
  }

  /** A VALID event whose number no longer reads as valid is kept as INVALID: no caller, no lie. */
  private static CallerStatus statusWithoutNumber(CallerStatus status) {
    return status == CallerStatus.VALID ? CallerStatus.INVALID : status;
  }
}
