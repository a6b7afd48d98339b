package com.vanitycall.pipeline.deepscore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.aws.ledger.CallCount;
import com.vanitycall.aws.ledger.CounterKey;
import com.vanitycall.aws.ledger.LedgerEntry;
import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.LetterPayload;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.pipeline.handoff.ScoredCallJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DeepScoreHandlerTest {

  private static final VanityEngine DEEP = VanityEngine.load(Profile.DEEP);
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final DeepScoreHandler handler =
      new DeepScoreHandler(
          new DeepScoring(DEEP),
          new ScoreOutcomeJson(Duration.ofDays(90), Clock.fixed(NOW, ZoneOffset.UTC)));

  @Test
  void aValidCall_isScoredDeeply_andRecordedWithEverythingPersistAndCountWrites()
      throws IOException {
    JsonNode result =
        invoke(
            """
            {"schemaVersion":1,"eventId":"contact-1","callerNumber":"+18003569377",
             "callerStatus":"VALID","receivedAt":"2026-11-22T13:45:00Z","answer":[],
             "source":"QUICK","answerMicros":812}""");

    assertThat(result.path("outcome").asText()).isEqualTo("SCORED");
    List<Vanity> expected = DEEP.best(phone("+18003569377"));
    JsonNode cache = result.path("cache");
    assertThat(cache.path("number").asText()).isEqualTo("+18003569377");
    assertThat(vanities(cache.path("vanities").asText())).isEqualTo(expected);
    assertThat(cache.path("scoredAt").asText())
        .isEqualTo(Long.toString(Instant.parse("2026-11-22T13:45:00Z").toEpochMilli()));
    long expiresAt =
        Instant.parse("2026-11-22T13:45:00Z").plus(Duration.ofDays(90)).getEpochSecond();
    assertThat(cache.path("expiresAt").asText()).isEqualTo(Long.toString(expiresAt));
    assertThat(cache.path("dictionaryVersion").asText()).isEqualTo(DEEP.dictionaryVersion());

    LedgerEntry record = recorded(result);
    Map<String, AttributeValue> call = record.item();
    assertThat(call.get("eventId").s()).isEqualTo("contact-1");
    assertThat(call.get("callerNumber").s()).isEqualTo("+18003569377");
    assertThat(call.get("receivedAt").s()).isEqualTo("2026-11-22T13:45:00.000Z");
    assertThat(call.get("dayBucket").s()).matches("2026-11-22#[0-7]");
    assertThat(call.get("source").s()).isEqualTo("QUICK");
    assertThat(call.get("answerMicros").n()).isEqualTo("812");
    assertThat(call.get("expiresAt").n()).isEqualTo(Long.toString(expiresAt));
    assertThat(vanities(call.get("vanities").s())).isEqualTo(expected);
    assertThat(call.get("dictionaryVersion").s()).isEqualTo(DEEP.dictionaryVersion());
    assertThat(record.sequenceNumber()).isEqualTo("4954");
    assertThat(record.itemIdentifier()).isEqualTo("shardId-000000000000:4954");

    assertThat(record.count())
        .isEqualTo(
            new CallCount(
                new CounterKey("day#2026-11-22", "total"),
                "hour13",
                new CounterKey("area#2026-11-22", "1800"),
                new CounterKey("word#2026-11-22", record.scored().headlineWord()),
                CallerStatus.VALID,
                VanitySource.QUICK));
    assertThat(record.scored().headlineWord()).isEqualTo("FLOWERS");
    assertThat(vanities(call.get("worthSaying").s()))
        .isEqualTo(DEEP.worthSaying().of(expected))
        .extracting(Vanity::display)
        .startsWith("1-800-FLOWERS");
  }

  @Test
  void aNumberWithNoWordWorthSaying_countsNoHeadlineWord_andOffersTheNextCallNothing()
      throws IOException {
    JsonNode result =
        invoke(
            """
            {"schemaVersion":1,"eventId":"contact-2","callerNumber":"+12125550123",
             "callerStatus":"VALID","receivedAt":"2026-11-22T13:45:00Z","answer":[],
             "source":"QUICK","answerMicros":640}""");

    LedgerEntry record = recorded(result);
    assertThat(vanities(record.item().get("vanities").s())).isNotEmpty();
    assertThat(vanities(record.item().get("worthSaying").s())).isEmpty();
    assertThat(record.scored().headlineWord()).isEqualTo("none");
    assertThat(record.count().word().subject()).isEqualTo("none");
  }

  @Test
  void aWithheldCall_isPersistedAndCounted_butHasNothingToCache() throws IOException {
    JsonNode result =
        invoke(
            """
            {"schemaVersion":1,"eventId":"contact-2","callerNumber":null,
             "callerStatus":"WITHHELD","receivedAt":"2026-11-22T23:59:59.999Z",
             "source":"FALLBACK","answerMicros":50}""");

    assertThat(result.path("outcome").asText()).isEqualTo("SCORED");
    assertThat(result.has("cache")).isFalse();
    LedgerEntry record = recorded(result);
    assertThat(record.item()).doesNotContainKey("callerNumber");
    assertThat(record.item().get("vanities").s()).isEqualTo("[]");
    assertThat(record.count())
        .isEqualTo(
            new CallCount(
                new CounterKey("day#2026-11-22", "total"),
                "hour23",
                new CounterKey("area#2026-11-22", "none"),
                new CounterKey("word#2026-11-22", "none"),
                CallerStatus.WITHHELD,
                VanitySource.FALLBACK));
  }

  @Test
  void fieldsANewerWriterAdded_areIgnored() throws IOException {
    JsonNode result =
        invoke(
            """
            {"schemaVersion":1,"eventId":"contact-3","callerNumber":null,
             "callerStatus":"INVALID","receivedAt":"2026-11-22T10:00:00Z","source":"FALLBACK",
             "answerMicros":7,"channel":"VOICE","queue":{"name":"sales"}}""");

    assertThat(result.path("outcome").asText()).isEqualTo("SCORED");
    assertThat(recorded(result).count().status()).isEqualTo(CallerStatus.INVALID);
  }

  @Test
  void aRecordThatIsNotJson_isAnsweredMalformed_withTheReasonAndThePayload() throws IOException {
    JsonNode result = invoke("this is not json");

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(result.path("reason").asText()).startsWith("not a call event");
    assertThat(decoded(result.path("payloadBase64"))).isEqualTo("this is not json");
    assertThat(result.path("payloadBytes").asText()).isEqualTo("16");
    assertThat(result.path("failedAt").asText()).isEqualTo(NOW.toString());
    assertThat(result.path("expiresAt").asText())
        .isEqualTo(Long.toString(NOW.plus(Duration.ofDays(90)).getEpochSecond()));
  }

  @Test
  void aRecordWhoseDataIsNotBase64_isAnsweredMalformed() throws IOException {
    JsonNode result = invokeRaw("{\"sequenceNumber\":\"7\",\"data\":\"%%% not base64\"}");

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(result.path("reason").asText()).contains("not base64");
    assertThat(decoded(result.path("payloadBase64"))).isEqualTo("%%% not base64");
  }

  @Test
  void garbageBytes_areKeptExactly_forARedriveToPutBack() throws IOException {
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 7, (byte) 0xc3, (byte) 0x28};

    JsonNode result = invokeBytes(garbage);

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(Base64.getDecoder().decode(result.path("payloadBase64").asText()))
        .isEqualTo(garbage);
  }

  @Test
  void aRecordTooBigForADeadLetter_keepsItsFirstBytes_itsSizeAndItsDigest() throws Exception {
    byte[] huge = new byte[900 * 1024];
    Arrays.fill(huge, (byte) '9');

    JsonNode result = invokeBytes(huge);

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(Base64.getDecoder().decode(result.path("payloadBase64").asText()))
        .isEqualTo(Arrays.copyOf(huge, LetterPayload.HEAD_BYTES));
    assertThat(result.path("payloadBytes").asText()).isEqualTo(Integer.toString(huge.length));
    assertThat(result.path("payloadSha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(huge)));
    assertThat(result.path("reason").asText().length())
        .isLessThanOrEqualTo(DeadLetter.REASON_CHARACTERS);
  }

  @Test
  void anEventIdASpreadsheetWouldEvaluate_isAnsweredMalformed_withTheReason() throws IOException {
    String eventId = "@SUM(1+1)*cmd|' /C calc'!A0";
    JsonNode result =
        invoke(
            JSON.createObjectNode()
                .put("schemaVersion", 1)
                .put("eventId", eventId)
                .put("callerStatus", "WITHHELD")
                .put("receivedAt", "2026-11-22T10:00:00Z")
                .put("source", "FALLBACK")
                .put("answerMicros", 7)
                .toString());

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(result.path("reason").asText())
        .contains("eventId must be 1 to 64 letters, digits, '-' or '_'");
  }

  @Test
  void aValidCallWhoseNumberNoPlanHas_isAnsweredMalformed_withoutTheNumberInTheReason()
      throws IOException {
    JsonNode result =
        invoke(
            """
            {"schemaVersion":1,"eventId":"contact-4","callerNumber":"+19999999999",
             "callerStatus":"VALID","receivedAt":"2026-11-22T10:00:00Z","source":"QUICK",
             "answerMicros":7}""");

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(result.path("reason").asText()).doesNotContain("9999999999");
  }

  @Test
  void anEventOfAFutureSchemaVersion_isAnsweredMalformed() throws IOException {
    JsonNode result =
        invoke(
            """
            {"schemaVersion":2,"eventId":"contact-5","callerNumber":null,
             "callerStatus":"WITHHELD","receivedAt":"2026-11-22T10:00:00Z","source":"FALLBACK",
             "answerMicros":7}""");

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(result.path("reason").asText()).contains("schemaVersion 2");
  }

  /** What PersistAndCount makes of the result, as the state machine's ReadyToPersist passes it. */
  private static LedgerEntry recorded(JsonNode result) {
    ObjectNode ready = JSON.createObjectNode();
    ready.put("eventID", "shardId-000000000000:4954");
    ready.put("sequenceNumber", "4954");
    ready.set("scored", result.path("scored"));
    return LedgerEntry.of(ScoredCallJson.read(ready), Duration.ofDays(90));
  }

  private JsonNode invoke(String eventJson) throws IOException {
    String data = Base64.getEncoder().encodeToString(eventJson.getBytes(StandardCharsets.UTF_8));
    return invokeRaw(
        "{\"sequenceNumber\":\"4954\",\"partitionKey\":\"k\",\"data\":\"" + data + "\"}");
  }

  private JsonNode invokeBytes(byte[] data) throws IOException {
    return invokeRaw(
        "{\"sequenceNumber\":\"4954\",\"data\":\""
            + Base64.getEncoder().encodeToString(data)
            + "\"}");
  }

  private static String decoded(JsonNode base64) {
    return new String(Base64.getDecoder().decode(base64.asText()), StandardCharsets.UTF_8);
  }

  private JsonNode invokeRaw(String recordJson) throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(recordJson.getBytes(StandardCharsets.UTF_8)), output, null);
    return JSON.readTree(output.toByteArray());
  }

  private static com.vanitycall.core.phone.PhoneNumber phone(String e164) {
    return ((CallerNumber.Valid) new CallerNumberParser().parse(e164)).phoneNumber();
  }

  private static List<Vanity> vanities(String json) throws IOException {
    return JSON.readValue(json, new TypeReference<List<Vanity>>() {});
  }
}
