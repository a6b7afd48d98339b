package com.vanitycall.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.ExitCode;
import com.vanitycall.cli.VanityCallCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code load replay} of a file with nothing to replay: said in one line, exit status 2, before any
 * stream is contacted (the endpoint given answers nothing).
 */
class ReplayLoadCommandTest {

  private static final String NOWHERE = "http://127.0.0.1:9";

  @TempDir Path folder;

  @Test
  void anEmptyFile_isSaidToHoldNoRecords_andExitsWithTheUsageStatus() throws Exception {
    Path empty = Files.writeString(folder.resolve("empty.txt"), "\n\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = replay(empty, out, err);

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .contains("empty.txt holds no records: there is nothing to replay");
    assertThat(out.toString()).doesNotContain("records put", "p50");
  }

  @Test
  void aJunkFile_isOneClearLine_notTheParsersDump() throws Exception {
    Path junk = Files.writeString(folder.resolve("junk.txt"), "GIF89a\u0000\u0001 not json\n");
    StringWriter err = new StringWriter();

    int exit = replay(junk, new StringWriter(), err);

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .contains("junk.txt line 1 is not a captured record")
        .doesNotContain("Source:", "REDACTED", "StreamReadFeature");
  }

  private static int replay(Path file, StringWriter out, StringWriter err) {
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(
        "load", "replay", file.toString(), "--endpoint", NOWHERE, "--stream", "call-events");
  }
}
