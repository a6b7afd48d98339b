package com.vanitycall.aws.lake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.aws.schema.LakeTable;
import com.vanitycall.core.lake.LakeCaller;
import com.vanitycall.core.lake.LakeRecord;
import com.vanitycall.core.vanity.Vanity;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A lake record as the JSON line both runtimes deliver: a key per {@link LakeTable} column, plus
 * the partition's {@code day}, which Firehose's dynamic partitioning reads ({@code .day}) and the
 * local lake partitions by. Times are UTC, {@code 2026-11-22 13:45:01.123}: the form Firehose's
 * record format conversion parses by default ({@code java.sql.Timestamp::valueOf}) and DuckDB
 * reads.
 */
public final class LakeRecordJson {

  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private LakeRecordJson() {}

  /** One record, one line of JSON ending in a newline, UTF-8. */
  public static byte[] line(LakeRecord record) {
    try {
      return (JSON.writeValueAsString(object(record)) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a lake record could not be written as JSON", e);
    }
  }

  static ObjectNode object(LakeRecord record) {
    ObjectNode row = JSON.createObjectNode();
    row.put(LakeTable.EVENT_ID, record.eventId());
    row.put(LakeTable.SCHEMA_VERSION, LakeTable.VERSION);
    row.put(LakeTable.RECEIVED_AT, TIMESTAMP.format(record.receivedAt()));
    row.put(LakeTable.SYNTHETIC, record.synthetic());
    row.put(LakeTable.CALLER_STATUS, record.callerStatus().name());
    LakeCaller caller = record.caller().orElse(null);
    row.put(LakeTable.COUNTRY_CODE, caller == null ? null : caller.countryCode());
    row.put(LakeTable.AREA_CODE, caller == null ? null : caller.areaCode());
    row.put(LakeTable.CALLER_ID, caller == null ? null : caller.id());
    row.put(LakeTable.CALLER_ID_KEY, caller == null ? null : caller.keyId());
    row.put(LakeTable.SOURCE, record.source().name());
    row.put(LakeTable.ANSWER_MICROS, record.answerMicros());
    vanities(row.putArray(LakeTable.HEARD), record.heard());
    vanities(row.putArray(LakeTable.BEST), record.best());
    row.put(LakeTable.HEADLINE_WORD, record.headlineWord().orElse(null));
    row.put(LakeTable.DICTIONARY_VERSION, record.dictionaryVersion());
    row.put(LakeTable.DAY, record.day().toString());
    return row;
  }

  private static void vanities(ArrayNode array, List<Vanity> vanities) {
    for (Vanity vanity : vanities) {
      ObjectNode item = array.addObject();
      item.put("display", vanity.display());
      vanity.words().forEach(item.putArray("words")::add);
      item.put("score", vanity.score());
    }
  }
}
