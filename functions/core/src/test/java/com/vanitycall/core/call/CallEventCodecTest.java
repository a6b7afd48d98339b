package com.vanitycall.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vanitycall.core.phone.CallerStatus;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallEventCodecTest {

  private final CallEventCodec codec = new CallEventCodec();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5a8b1f0e-6c3e-4c1e-9d0a-2f1a3b4c5d6e",
        "c-1",
        "load-3",
        "bench-CACHE-7",
        "storm-caller-12",
        "replay_0",
        "a123456789012345678901234567890123456789012345678901234567890123"
      })
  void connectsContactIds_andTheToolsIds_areEventIds(String eventId) {
    assertThat(codec.fromJson(withheld(eventId)).eventId()).isEqualTo(eventId);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://example.com\",\"x\")",
        "-2+3",
        "_hidden",
        "c 1",
        "c-1\n=1",
        "a1234567890123456789012345678901234567890123456789012345678901234"
      })
  void anEventIdASpreadsheetCouldEvaluate_orAnyOtherOutsideTheAlphabet_isMalformed(String eventId) {
    assertThatThrownBy(() -> codec.fromJson(withheld(eventId)))
        .isInstanceOf(MalformedCallEventException.class)
        .hasMessageContaining("eventId must be 1 to 64 letters, digits, '-' or '_'")
        .hasMessageNotContaining("calc");
  }

  @Test
  void aRecordWithoutASchemaVersion_isMalformed_namingTheField() {
    assertThatThrownBy(() -> codec.fromJson("{\"payload\":\"x\"}"))
        .isInstanceOf(MalformedCallEventException.class)
        .hasMessage(
            "not a call event: its schemaVersion is missing or not what a call event holds");
  }

  @Test
  void aWrongValueThatCouldBeAPhoneNumber_isNotRepeatedInTheReason() {
    assertThatThrownBy(
            () -> codec.fromJson(withheld("c-1").replace("\"WITHHELD\"", "\"+12125550142\"")))
        .isInstanceOf(MalformedCallEventException.class)
        .hasMessageStartingWith("not a call event: its callerStatus cannot be what it was given")
        .hasMessageNotContaining("5550142");
  }

  @Test
  void aFieldOfAWrongValue_isMalformed_namingTheFieldAndTheValue() {
    assertThatThrownBy(() -> codec.fromJson(withheld("c-1").replace("\"WITHHELD\"", "\"LOUD\"")))
        .isInstanceOf(MalformedCallEventException.class)
        .hasMessage(
            "not a call event: its callerStatus cannot be \"LOUD\" (one of VALID, WITHHELD,"
                + " INVALID)");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 42})
  void aRandomUuid_isAnEventId(int seed) {
    String eventId = new UUID(seed * 31L, seed).toString();
    assertThat(CallEvent.EVENT_ID.matcher(eventId).matches()).isTrue();
  }

  private String withheld(String eventId) {
    return codec
        .toJson(CallEvent.fallback("placeholder", CallerStatus.WITHHELD, Instant.EPOCH, 7))
        .replace("\"placeholder\"", quoted(eventId));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
