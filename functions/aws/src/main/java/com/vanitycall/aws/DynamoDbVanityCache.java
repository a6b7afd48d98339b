package com.vanitycall.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.aws.schema.VanityCacheTable;
import com.vanitycall.core.call.CachedVanities;
import com.vanitycall.core.call.VanityCache;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The vanity cache as a DynamoDB table: partition key {@code number} (E.164); {@code vanities} (the
 * list as JSON), {@code dictionaryVersion}, {@code scoredAt} (epoch millis, the "newer wins"
 * condition) and {@code expiresAt} (epoch seconds, the table's TTL).
 *
 * <p>SDK errors and timeouts are thrown as they come: the caller decides what a miss costs.
 */
public final class DynamoDbVanityCache implements VanityCache {

  private static final TypeReference<List<Vanity>> VANITY_LIST = new TypeReference<>() {};

  private final DynamoDbClient dynamo;
  private final String table;
  private final Duration timeToLive;
  private final Clock clock;
  private final ObjectMapper json = JsonMapper.builder().build();

  /**
   * @param timeToLive how long an entry is kept after it is written (the caller-number retention)
   */
  public DynamoDbVanityCache(
      DynamoDbClient dynamo, String table, Duration timeToLive, Clock clock) {
    this.dynamo = dynamo;
    this.table = table;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  @Override
  public Optional<CachedVanities> find(PhoneNumber number) {
    Map<String, AttributeValue> item =
        dynamo.getItem(b -> b.tableName(table).key(keyOf(number))).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CachedVanities(
            readVanities(item.get(VanityCacheTable.VANITIES).s()),
            item.get(VanityCacheTable.DICTIONARY_VERSION).s(),
            Instant.ofEpochMilli(Long.parseLong(item.get(VanityCacheTable.SCORED_AT).n()))));
  }

  @Override
  public boolean offer(PhoneNumber number, CachedVanities vanities) {
    Map<String, AttributeValue> item =
        Map.of(
            VanityCacheTable.NUMBER, string(number.e164()),
            VanityCacheTable.VANITIES, string(writeVanities(vanities.vanities())),
            VanityCacheTable.DICTIONARY_VERSION, string(vanities.dictionaryVersion()),
            VanityCacheTable.SCORED_AT, numeric(vanities.scoredAt().toEpochMilli()),
            VanityCacheTable.EXPIRES_AT,
                numeric(clock.instant().plus(timeToLive).getEpochSecond()));
    try {
      dynamo.putItem(
          b ->
              b.tableName(table)
                  .item(item)
                  .conditionExpression("attribute_not_exists(#number) OR #scoredAt < :scoredAt")
                  .expressionAttributeNames(
                      Map.of(
                          "#number",
                          VanityCacheTable.NUMBER,
                          "#scoredAt",
                          VanityCacheTable.SCORED_AT))
                  .expressionAttributeValues(
                      Map.of(":scoredAt", item.get(VanityCacheTable.SCORED_AT))));
      return true;
    } catch (ConditionalCheckFailedException newerOrSameAlreadyThere) {
      return false;
    }
  }

  private static Map<String, AttributeValue> keyOf(PhoneNumber number) {
    return Map.of(VanityCacheTable.NUMBER, string(number.e164()));
  }

  private List<Vanity> readVanities(String text) {
    try {
      return json.readValue(text, VANITY_LIST);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a cached vanity list is not readable", e);
    }
  }

  private String writeVanities(List<Vanity> vanities) {
    try {
      return json.writeValueAsString(vanities);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a vanity list could not be written as JSON", e);
    }
  }

  static AttributeValue string(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue numeric(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
