package com.vanitycall.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.aws.schema.CallsTable;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A call's item in the calls table (docs/data.md), read back: from a query or from the stream. */
public final class StoredCallItem {

  private static final TypeReference<List<Vanity>> VANITY_LIST = new TypeReference<>() {};
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private StoredCallItem() {}

  public static StoredCall read(Map<String, AttributeValue> item) {
    return new StoredCall(
        item.get(CallsTable.EVENT_ID).s(),
        Optional.ofNullable(item.get(CallsTable.CALLER_NUMBER)).map(AttributeValue::s),
        CallerStatus.valueOf(item.get(CallsTable.CALLER_STATUS).s()),
        Instant.parse(item.get(CallsTable.RECEIVED_AT).s()),
        VanitySource.valueOf(item.get(CallsTable.SOURCE).s()),
        Optional.ofNullable(item.get(CallsTable.HEARD)).map(h -> vanities(h.s())).orElse(List.of()),
        vanities(item.get(CallsTable.VANITIES).s()),
        Optional.ofNullable(item.get(CallsTable.WORTH_SAYING))
            .map(worth -> vanities(worth.s()))
            .orElse(List.of()),
        item.get(CallsTable.DICTIONARY_VERSION).s(),
        Optional.ofNullable(item.get(CallsTable.SYNTHETIC))
            .map(AttributeValue::bool)
            .orElse(false));
  }

  private static List<Vanity> vanities(String text) {
    try {
      return JSON.readValue(text, VANITY_LIST);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a stored vanity list is not readable", e);
    }
  }
}
