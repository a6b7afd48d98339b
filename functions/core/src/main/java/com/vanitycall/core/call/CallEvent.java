package com.vanitycall.core.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the Connect handler publishes for every call, withheld and invalid ones too.
 *
 * @param schemaVersion the version of this shape; readers ignore fields they do not know
 * @param eventId Connect's ContactId: the idempotency key of everything downstream; {@link
 *     #EVENT_ID} says what it may be
 * @param callerNumber the caller's number in E.164, or null unless {@code callerStatus} is VALID
 * @param callerStatus what the handler made of the customer endpoint
 * @param receivedAt when the handler was invoked
 * @param answer the vanities the caller heard (empty for FALLBACK)
 * @param source where the answer came from
 * @param answerMicros how long the handler took to find the answer
 * @param synthetic a load tool made this call; never null (absent in JSON: a caller's call); kept
 *     apart from callers' calls everywhere downstream ({@link Traffic})
 */
public record CallEvent(
    int schemaVersion,
    String eventId,
    String callerNumber,
    CallerStatus callerStatus,
    Instant receivedAt,
    List<Vanity> answer,
    VanitySource source,
    long answerMicros,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean synthetic) {

  public static final int SCHEMA_VERSION = 1;

  /**
   * What an event id may be: Connect's ContactId is a UUID, and the load tools' and tests' ids are
   * words like {@code load-3}; a letter or digit first (so that no export ever starts a cell with a
   * spreadsheet formula's {@code = + - @}), then letters, digits, {@code -} and {@code _}, 64 at
   * most.
   */
  public static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /** A caller's call. */
  public CallEvent(
      int schemaVersion,
      String eventId,
      String callerNumber,
      CallerStatus callerStatus,
      Instant receivedAt,
      List<Vanity> answer,
      VanitySource source,
      long answerMicros) {
    this(
        schemaVersion,
        eventId,
        callerNumber,
        callerStatus,
        receivedAt,
        answer,
        source,
        answerMicros,
        false);
  }

  /** This call, made by a load tool. */
  public CallEvent asSynthetic() {
    return new CallEvent(
        schemaVersion,
        eventId,
        callerNumber,
        callerStatus,
        receivedAt,
        answer,
        source,
        answerMicros,
        true);
  }

  public Traffic traffic() {
    return Traffic.of(synthetic);
  }

  /**
   * The event of a call whose number could not be offered vanities (withheld or invalid): the
   * caller heard the friendly fallback message.
   */
  public static CallEvent fallback(
      String eventId, CallerStatus callerStatus, Instant receivedAt, long answerMicros) {
    return new CallEvent(
        SCHEMA_VERSION,
        eventId,
        null,
        callerStatus,
        receivedAt,
        List.of(),
        VanitySource.FALLBACK,
        answerMicros);
  }

  public CallEvent {
    // absent from a caller's event, and from every event written before load tools marked theirs
    synthetic = Boolean.TRUE.equals(synthetic);
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("a call event needs an eventId");
    }
    if (!EVENT_ID.matcher(eventId).matches()) {
      throw new IllegalArgumentException(
          "eventId must be 1 to 64 letters, digits, '-' or '_', starting with a letter or digit"
              + " (Connect's ContactId is a UUID); this one is "
              + eventId.length()
              + " characters long and starts with "
              + String.format("U+%04X", eventId.codePointAt(0)));
    }
    Objects.requireNonNull(callerStatus, "callerStatus");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(source, "source");
    answer = answer == null ? List.of() : List.copyOf(answer);
    if ((callerStatus == CallerStatus.VALID) != (callerNumber != null)) {
      throw new IllegalArgumentException(
          "a call event has a caller number exactly when it is VALID");
    }
    if (callerNumber != null && !callerNumber.matches("\\+[1-9][0-9]{6,14}")) {
      throw new IllegalArgumentException("callerNumber must be E.164");
    }
  }
}
