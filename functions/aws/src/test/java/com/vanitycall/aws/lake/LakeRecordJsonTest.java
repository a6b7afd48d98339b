package com.vanitycall.aws.lake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.aws.schema.LakeColumn;
import com.vanitycall.aws.schema.LakeTable;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.lake.CallerPseudonyms;
import com.vanitycall.core.lake.LakeRecord;
import com.vanitycall.core.lake.PseudonymKey;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line both runtimes deliver: a key per column of the lake's table, and the day. */
class LakeRecordJsonTest {

  private static final Vanity GOT_JUNK =
      new Vanity("1-800-GOT-JUNK", List.of("GOT", "JUNK"), 1033, "GOTJUNK");

  @Test
  void aRecordsLine_hasEveryColumnOfTheTable_theDay_andNoCallerNumber() throws Exception {
    CallEvent event =
        new CallEvent(
            1,
            "e-1",
            "+18004685865",
            CallerStatus.VALID,
            Instant.parse("2026-11-22T23:59:59.123Z"),
            List.of(GOT_JUNK),
            VanitySource.CACHE,
            812);
    LakeRecord record =
        LakeRecord.of(
            new ScoredCall("s:1", "1", event, List.of(GOT_JUNK), List.of(GOT_JUNK), "words-1"),
            new CallerPseudonyms(new PseudonymKey(new byte[32])));

    String line = new String(LakeRecordJson.line(record), StandardCharsets.UTF_8);
    JsonNode json = new ObjectMapper().readTree(line);

    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    List<String> expected =
        new ArrayList<>(LakeTable.COLUMNS.stream().map(LakeColumn::name).toList());
    expected.add(LakeTable.DAY);
    assertThat(keys).isEqualTo(expected);
    assertThat(line).endsWith("}\n").doesNotContain("4685865");
    assertThat(json.path("received_at").asText()).isEqualTo("2026-11-22 23:59:59.123");
    assertThat(json.path("day").asText()).isEqualTo("2026-11-22");
    assertThat(json.path("country_code").asText()).isEqualTo("1");
    assertThat(json.path("area_code").asText()).isEqualTo("800");
    assertThat(json.path("headline_word").asText()).isEqualTo("JUNK");
    assertThat(json.path("heard").get(0).path("words").toString()).isEqualTo("[\"GOT\",\"JUNK\"]");
    assertThat(json.path("schema_version").asInt()).isEqualTo(LakeTable.VERSION);
  }
}
