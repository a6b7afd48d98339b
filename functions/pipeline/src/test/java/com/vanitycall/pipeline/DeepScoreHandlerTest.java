package com.vanitycall.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeepScoreHandlerTest {

  private static final VanityEngine DEEP = VanityEngine.load(Profile.DEEP);
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final DeepScoreHandler handler =
      new DeepScoreHandler(
          new DeepScoring(DEEP),
          new DeepScoreResult(Duration.ofDays(90), Clock.fixed(NOW, ZoneOffset.UTC)));

  @Test
  void aValidCall_isScoredDeeply_withEverythingTheDynamoDbTasksWrite() throws IOException {
    JsonNode result =
        invoke(
            """
            {"schemaVersion":1,"eventId":"contact-1","callerNumber":"+18003569377",
             "callerStatus":"VALID","receivedAt":"2026-11-22T13:45:00Z","answer":[],
             "source":"QUICK","answerMicros":812}""");

    assertThat(result.path("outcome").asText()).isEqualTo("SCORED");
    JsonNode call = result.path("call");
    assertThat(call.at("/eventId/S").asText()).isEqualTo("contact-1");
    assertThat(call.at("/callerNumber/S").asText()).isEqualTo("+18003569377");
    assertThat(call.at("/receivedAt/S").asText()).isEqualTo("2026-11-22T13:45:00.000Z");
    assertThat(call.at("/dayBucket/S").asText()).matches("2026-11-22#[0-7]");
    assertThat(call.at("/source/S").asText()).isEqualTo("QUICK");
    assertThat(call.at("/answerMicros/N").asText()).isEqualTo("812");
    long expiresAt =
        Instant.parse("2026-11-22T13:45:00Z").plus(Duration.ofDays(90)).getEpochSecond();
    assertThat(call.at("/expiresAt/N").asText()).isEqualTo(Long.toString(expiresAt));
    List<Vanity> expected = DEEP.best(phone("+18003569377"));
    assertThat(vanities(call.at("/vanities/S").asText())).isEqualTo(expected);

    JsonNode cache = result.path("cache");
    assertThat(cache.path("number").asText()).isEqualTo("+18003569377");
    assertThat(vanities(cache.path("vanities").asText())).isEqualTo(expected);
    assertThat(cache.path("scoredAt").asText())
        .isEqualTo(Long.toString(Instant.parse("2026-11-22T13:45:00Z").toEpochMilli()));
    assertThat(cache.path("dictionaryVersion").asText()).isEqualTo(DEEP.dictionaryVersion());

    JsonNode counters = result.path("counters");
    assertThat(counters.path("day").asText()).isEqualTo("day#2026-11-22");
    assertThat(counters.path("hour").asText()).isEqualTo("hour13");
    assertThat(counters.path("area").asText()).isEqualTo("area#2026-11-22#1800");
    assertThat(counters.path("word").asText())
        .isEqualTo("word#2026-11-22#" + DeepScoreResult.headlineWord(expected));
    assertThat(counters.path("valid").asText()).isEqualTo("1");
    assertThat(counters.path("withheld").asText()).isEqualTo("0");
    assertThat(counters.path("quick").asText()).isEqualTo("1");
    assertThat(counters.path("cache").asText()).isEqualTo("0");
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
    assertThat(result.path("call").has("callerNumber")).isFalse();
    assertThat(result.at("/call/vanities/S").asText()).isEqualTo("[]");
    assertThat(result.at("/counters/area").asText()).isEqualTo("area#2026-11-22#none");
    assertThat(result.at("/counters/word").asText()).isEqualTo("word#2026-11-22#none");
    assertThat(result.at("/counters/hour").asText()).isEqualTo("hour23");
    assertThat(result.at("/counters/withheld").asText()).isEqualTo("1");
    assertThat(result.at("/counters/fallback").asText()).isEqualTo("1");
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
    assertThat(result.at("/counters/invalid").asText()).isEqualTo("1");
  }

  @Test
  void aRecordThatIsNotJson_isAnsweredMalformed_withTheReasonAndThePayload() throws IOException {
    JsonNode result = invoke("this is not json");

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(result.path("reason").asText()).startsWith("not a call event");
    assertThat(result.path("payload").asText()).isEqualTo("this is not json");
    assertThat(result.path("failedAt").asText()).isEqualTo(NOW.toString());
    assertThat(result.path("expiresAt").asText())
        .isEqualTo(Long.toString(NOW.plus(Duration.ofDays(90)).getEpochSecond()));
  }

  @Test
  void aRecordWhoseDataIsNotBase64_isAnsweredMalformed() throws IOException {
    JsonNode result = invokeRaw("{\"sequenceNumber\":\"7\",\"data\":\"%%% not base64\"}");

    assertThat(result.path("outcome").asText()).isEqualTo("MALFORMED");
    assertThat(result.path("reason").asText()).contains("not base64");
    assertThat(result.path("payload").asText()).isEqualTo("%%% not base64");
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

  private JsonNode invoke(String eventJson) throws IOException {
    String data = Base64.getEncoder().encodeToString(eventJson.getBytes(StandardCharsets.UTF_8));
    return invokeRaw(
        "{\"sequenceNumber\":\"4954\",\"partitionKey\":\"k\",\"data\":\"" + data + "\"}");
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
