package com.vanitycall.aws;

import com.vanitycall.aws.schema.DeadLettersTable;
import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.core.call.LetterPayload;
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
 * {@code payload} (text) or {@code payloadBase64} (bytes that are not text, or a record's data as
 * the state machine keeps it), {@code payloadBytes} and {@code payloadSha256} (the whole payload's
 * size and digest), {@code failedAt} (ISO-8601) and {@code expiresAt} (epoch seconds, the table's
 * TTL). A letter is always small enough to write: it keeps the first {@value
 * LetterPayload#HEAD_BYTES} bytes of its payload ({@link LetterPayload}) and a reason of at most
 * {@value DeadLetter#REASON_CHARACTERS} characters. Read back, a payload is its text, or {@code
 * base64:...} when the bytes are not UTF-8 text. Besides {@link #send}, an operator can {@link
 * #list} them and {@link #remove} one once it has been redriven or judged.
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
    LetterPayload kept = LetterPayload.of(letter.payloadBytes());
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(DeadLettersTable.ID, AttributeValue.fromS(id));
    item.put(DeadLettersTable.ORIGIN, AttributeValue.fromS(letter.origin()));
    item.put(DeadLettersTable.REASON, AttributeValue.fromS(letter.reason()));
    kept.headText()
        .filter(text -> !text.startsWith(DeadLetter.BASE64))
        .ifPresentOrElse(
            text -> item.put(DeadLettersTable.PAYLOAD, AttributeValue.fromS(text)),
            () ->
                item.put(DeadLettersTable.PAYLOAD_BASE64, AttributeValue.fromS(kept.headBase64())));
    item.put(DeadLettersTable.PAYLOAD_BYTES, DynamoDbVanityCache.numeric(kept.size()));
    item.put(DeadLettersTable.PAYLOAD_SHA256, AttributeValue.fromS(kept.sha256()));
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
    DeadLetter letter =
        new DeadLetter(
            item.get(DeadLettersTable.ORIGIN).s(),
            item.get(DeadLettersTable.REASON).s(),
            payload(item),
            Instant.parse(item.get(DeadLettersTable.FAILED_AT).s()));
    AttributeValue size = item.get(DeadLettersTable.PAYLOAD_BYTES);
    return new StoredDeadLetter(
        item.get(DeadLettersTable.ID).s(),
        letter,
        size == null ? letter.payloadBytes().length : Long.parseLong(size.n()));
  }

  private static String payload(Map<String, AttributeValue> item) {
    if (item.containsKey(DeadLettersTable.PAYLOAD)) {
      return item.get(DeadLettersTable.PAYLOAD).s();
    }
    String base64 = item.get(DeadLettersTable.PAYLOAD_BASE64).s();
    try {
      return DeadLetter.payloadOf(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException notBase64) {
      return DeadLetter.BASE64 + base64;
    }
  }
}
