package com.vanitycall.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LauncherHelpTest {

  private static final Path LAUNCHER = Path.of("../../vanitycall");

  @Test
  void launcherHelp_listsEveryCommandOfTheCli_withOneLineEach() throws IOException {
    String launcher = Files.readString(LAUNCHER);
    String usage =
        launcher.substring(launcher.indexOf("usage: ./vanitycall"), launcher.indexOf("USAGE\n}"));

    for (String command : new CommandLine(new VanityCallCli()).getSubcommands().keySet()) {
      assertThat(usage)
          .as("./vanitycall --help lists '%s'", command)
          .containsPattern("(?m)^  " + java.util.regex.Pattern.quote(command) + " +\\S");
    }
    assertThat(usage).containsPattern("(?m)^  test +\\S").containsPattern("(?m)^  synth +\\S");
  }
}
