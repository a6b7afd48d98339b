package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A capture file that is not one is refused in one line that says what a line should be. */
class CaptureFileTest {

  @TempDir Path folder;

  @Test
  void aJunkFile_isRefusedInOneLine_withoutTheParsersLocationDump() throws Exception {
    Path junk = folder.resolve("junk.txt");
    Files.writeString(junk, "this is not a capture\n");

    assertThatThrownBy(() -> new CaptureFile(junk).readAll())
        .isInstanceOf(MalformedCaptureException.class)
        .hasMessageStartingWith(junk + " line 1 is not a captured record (a JSON line with")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("\n", "Source:", "REDACTED", "StreamReadFeature"));
  }

  @Test
  void aRecordMissingAField_saysWhichOne() throws Exception {
    Path partial = folder.resolve("partial.jsonl");
    Files.writeString(
        partial,
        "{\"arrivedAt\":\"2026-11-29T03:21:51Z\",\"shard\":\"s\",\"sequenceNumber\":\"1\","
            + "\"partitionKey\":\"k\"}\n");

    assertThatThrownBy(() -> new CaptureFile(partial).readAll())
        .isInstanceOf(MalformedCaptureException.class)
        .hasMessageEndingWith("it has no data")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void recordsWrittenAreReadBack() {
    CaptureFile file = new CaptureFile(folder.resolve("round-trip.jsonl"));
    List<CapturedRecord> records =
        List.of(
            CapturedRecord.generated(Instant.parse("2026-11-29T03:21:51Z"), "a", "one"),
            CapturedRecord.generated(Instant.parse("2026-11-29T03:21:52Z"), "b", "two"));

    file.write(records);

    assertThat(file.readAll()).isEqualTo(records);
  }
}
