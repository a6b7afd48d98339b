package com.vanitycall.core.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes call events as JSON. Unknown fields are ignored, so that a newer writer does not
 * break an older reader; anything that does not make a valid {@link CallEvent} is malformed.
 */
public final class CallEventCodec {

  /** Five digits or more in a row: possibly part of a phone number. */
  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{5,}");

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  public String toJson(CallEvent event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a call event could not be written as JSON", e);
    }
  }

  /**
   * @throws MalformedCallEventException if the text is not JSON, lacks a required field, or breaks
   *     a rule of {@link CallEvent}
   */
  public CallEvent fromJson(String json) {
    if (json == null || json.isBlank()) {
      throw new MalformedCallEventException("the record is empty", null);
    }
    try {
      CallEvent event = mapper.readValue(json, CallEvent.class);
      if (event.schemaVersion() < 1 || event.schemaVersion() > CallEvent.SCHEMA_VERSION) {
        throw new MalformedCallEventException(
            "unsupported schemaVersion " + event.schemaVersion(), null);
      }
      return event;
    } catch (JsonProcessingException e) {
      throw new MalformedCallEventException(describe(e), e);
    }
  }

  private static String describe(JsonProcessingException e) {
    // a field of the wrong value or absent: name it, and what it held, as a person would
    if (e instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
      Class<?> type = invalid.getTargetType();
      return "not a call event: its "
          + field(invalid)
          + " cannot be "
          + shown(invalid.getValue())
          + (type != null && type.isEnum()
              ? " (one of "
                  + Arrays.stream(type.getEnumConstants())
                      .map(String::valueOf)
                      .collect(Collectors.joining(", "))
                  + ")"
              : "");
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return "not a call event: its "
          + field(mismatch)
          + " is missing or not what a call event holds";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root == e ? e.getOriginalMessage() : root.getMessage();
    return "not a call event: " + message;
  }

  /** The field a mismatch is about, as a JSON path: {@code answer.options}. */
  private static String field(MismatchedInputException mismatch) {
    return mismatch.getPath().stream()
        .map(
            reference ->
                reference.getFieldName() != null
                    ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  /**
   * A wrong value, quoted, when it is short and could not be a phone number (a record may carry one
   * anywhere, and a reason is logged and kept): {@code "LOUD"}.
   */
  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 24 && !LONG_DIGIT_RUN.matcher(text).find()
        ? "\"" + text + "\""
        : "what it was given";
  }
}
