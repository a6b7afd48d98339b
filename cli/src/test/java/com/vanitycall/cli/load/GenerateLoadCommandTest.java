package com.vanitycall.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.VanityCallCli;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.loadtest.CaptureFile;
import com.vanitycall.loadtest.CapturedRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code load generate --file-only}: what a run writes, and when two runs write the same. */
class GenerateLoadCommandTest {

  private static final CallEventCodec CODEC = new CallEventCodec();

  @TempDir Path folder;

  @Test
  void twoRunsWithoutASeed_areDifferentCalls_andTheSeedTheyPrint_repeatsThem() {
    StringWriter firstErr = new StringWriter();
    List<String> first = eventIds(generate("first.jsonl", firstErr));
    List<String> second = eventIds(generate("second.jsonl", new StringWriter()));
    String seed = firstErr.toString().replaceAll("(?s)^seed (-?\\d+) .*", "$1");
    List<String> repeated =
        eventIds(generate("repeated.jsonl", new StringWriter(), "--seed", seed));

    assertThat(first).hasSize(50).doesNotHaveDuplicates();
    assertThat(second).doesNotContainAnyElementsOf(first);
    assertThat(repeated).isEqualTo(first);
  }

  private Path generate(String name, StringWriter err, String... more) {
    Path file = folder.resolve(name);
    List<String> args =
        new ArrayList<>(
            List.of("load", "generate", "--calls", "50", "--file-only", "--out", file.toString()));
    args.addAll(List.of(more));
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute(args.toArray(String[]::new))).isZero();
    return file;
  }

  private static List<String> eventIds(Path file) {
    return new CaptureFile(file)
        .readAll().stream()
            .map(CapturedRecord::text)
            .map(CODEC::fromJson)
            .map(CallEvent::eventId)
            .toList();
  }
}
