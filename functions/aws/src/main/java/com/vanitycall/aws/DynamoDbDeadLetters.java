package com.vanitycall.aws;

import com.vanitycall.aws.schema.DeadLettersTable;
import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.DeadLetters;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Dead letters as a DynamoDB table: partition key {@code id}; {@code origin}, {@code reason},
 * {@code payload}, {@code failedAt} (ISO-8601) and {@code expiresAt} (epoch seconds, the table's
 * TTL). The state machine keeps a record's data as the pipe delivered it, base64, in {@code
 * payloadBase64} instead of {@code payload} (decoding it in the ASL could fail the execution); it
 * is read back as text, or left as {@code base64:...} when the bytes are not UTF-8 text. Besides
 * {@link #send}, an operator can {@link #list} them and {@link #remove} one once it has been
 * redriven or judged.
 */
public final class DynamoDbDeadLetters implements DeadLetters {

  private final DynamoDbClient dynamo;
  private final String table;
  private final Duration retention;
  private final Clock clock;

  /**
   * @param retention how long a dead letter is kept before the table's TTL deletes it
   */
  public DynamoDbDeadLetters(DynamoDbClient dynamo, String table, Duration retention, Clock clock) {
    this.dynamo = dynamo;
    this.table = table;
    this.retention = retention;
    this.clock = clock;
  }

  @Override
  public void send(DeadLetter letter) {
    Map<String, AttributeValue> item = item(UUID.randomUUID().toString(), letter);
    item.put(
        DeadLettersTable.EXPIRES_AT,
        DynamoDbVanityCache.numeric(clock.instant().plus(retention).getEpochSecond()));
    dynamo.putItem(b -> b.tableName(table).item(item));
  }

  @Override
  public void keepForAnOperator(String id, DeadLetter letter) {
    dynamo.putItem(b -> b.tableName(table).item(item(id, letter)));
  }

  private static Map<String, AttributeValue> item(String id, DeadLetter letter) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(DeadLettersTable.ID, AttributeValue.fromS(id));
    item.put(DeadLettersTable.ORIGIN, AttributeValue.fromS(letter.origin()));
    item.put(DeadLettersTable.REASON, AttributeValue.fromS(letter.reason()));
    item.put(DeadLettersTable.PAYLOAD, AttributeValue.fromS(letter.payload()));
    item.put(DeadLettersTable.FAILED_AT, AttributeValue.fromS(letter.failedAt().toString()));
    return item;
  }

  /** Up to {@code limit} dead letters, oldest first (a full scan: the table stays small). */
  public List<StoredDeadLetter> list(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    List<StoredDeadLetter> all = new ArrayList<>();
    dynamo
        .scanPaginator(ScanRequest.builder().tableName(table).build())
        .items()
        .forEach(item -> all.add(read(item)));
    return all.stream()
        .sorted(Comparator.comparing((StoredDeadLetter s) -> s.letter().failedAt()))
        .limit(limit)
        .toList();
  }

  /**
   * Deletes one dead letter.
   *
   * @return false if there was none with this id
   */
  public boolean remove(String id) {
    var deleted =
        dynamo.deleteItem(
            b ->
                b.tableName(table)
                    .key(Map.of(DeadLettersTable.ID, AttributeValue.fromS(id)))
                    .returnValues(ReturnValue.ALL_OLD));
    return deleted.hasAttributes() && !deleted.attributes().isEmpty();
  }

  private static StoredDeadLetter read(Map<String, AttributeValue> item) {
    return new StoredDeadLetter(
        item.get(DeadLettersTable.ID).s(),
        new DeadLetter(
            item.get(DeadLettersTable.ORIGIN).s(),
            item.get(DeadLettersTable.REASON).s(),
            payload(item),
            Instant.parse(item.get(DeadLettersTable.FAILED_AT).s())));
  }

  private static String payload(Map<String, AttributeValue> item) {
    if (item.containsKey(DeadLettersTable.PAYLOAD)) {
      return item.get(DeadLettersTable.PAYLOAD).s();
    }
    String base64 = item.get(DeadLettersTable.PAYLOAD_BASE64).s();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Base64.getDecoder().decode(base64)))
          .toString();
    } catch (CharacterCodingException | IllegalArgumentException e) {
      return "base64:" + base64;
    }
  }
}
