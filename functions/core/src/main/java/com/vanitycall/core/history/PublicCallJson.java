package com.vanitycall.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Public calls as JSON: one object per call ({@code number, receivedAt (ISO-8601), callerStatus,
 * source, heard, best}), the shape of an entry of {@code GET /api/recent} and of a live-feed
 * message.
 */
public final class PublicCallJson {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private PublicCallJson() {}

  public static String of(PublicCall call) {
    return write(call);
  }

  public static String of(List<PublicCall> calls) {
    return write(calls);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a public call could not be written as JSON", e);
    }
  }
}
