package com.vanitycall.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerStatus;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTablesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"=HYPERLINK(\"http://x\")", "+1|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1"})
  void aCellASpreadsheetWouldEvaluate_isWrittenAsText_afterAQuote(String cell) throws IOException {
    List<CSVRecord> rows = rows(CsvTables.calls(List.of(call(cell)), false));

    assertThat(rows.get(0).get("id")).isEqualTo("'" + cell);
  }

  @Test
  void anOrdinaryCell_andNumbers_areWrittenAsTheyAre() throws IOException {
    List<CSVRecord> rows = rows(CsvTables.calls(List.of(call("c-1")), true));

    assertThat(rows.get(0).get("id")).isEqualTo("c-1");
    assertThat(rows.get(0).get("caller")).isEqualTo("WITHHELD");
    assertThat(rows.get(0).get("synthetic")).isEqualTo("false");
    assertThat(CsvTables.neutralised(-3L)).isEqualTo(-3L);
  }

  /** A call stored before event ids were checked: its id is whatever a producer sent. */
  private static StoredCall call(String eventId) {
    return new StoredCall(
        eventId,
        Optional.empty(),
        CallerStatus.WITHHELD,
        Instant.parse("2026-11-22T10:00:00Z"),
        VanitySource.FALLBACK,
        List.of(),
        List.of(),
        List.of(),
        "m3",
        false);
  }

  private static List<CSVRecord> rows(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }
}
