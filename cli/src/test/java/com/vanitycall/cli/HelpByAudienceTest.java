package com.vanitycall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpByAudienceTest {

  private static final Path LAUNCHER = Path.of("../vanitycall");

  @Test
  void help_listsEveryVisibleCommandOnce_underItsAudiencesHeading() {
    CommandLine cli = VanityCallCli.commandLine();
    StringWriter help = new StringWriter();
    cli.setOut(new PrintWriter(help));

    assertThat(cli.execute("--help")).isZero();

    String text = help.toString();
    Map<String, CommandLine> commands = cli.getSubcommands();
    assertThat(commands).isNotEmpty();
    commands.forEach(
        (name, command) -> {
          if (command.getCommandSpec().usageMessage().hidden()) {
            assertThat(text).doesNotContainPattern("(?m)^  " + Pattern.quote(name) + " ");
            return;
          }
          String heading =
              CommandsByAudience.AUDIENCES.get(
                  CommandsByAudience.audience(command.getCommandSpec()));
          String group = text.substring(text.indexOf(heading + ":"));
          group =
              group.substring(
                  0, group.indexOf("\n\n") < 0 ? group.length() : group.indexOf("\n\n"));
          assertThat(group)
              .as("%s under '%s'", name, heading)
              .containsPattern("(?m)^  " + Pattern.quote(name) + " +\\S");
          assertThat(
                  Pattern.compile("(?m)^  " + Pattern.quote(name) + " ")
                      .matcher(text)
                      .results()
                      .count())
              .as("%s listed once", name)
              .isEqualTo(1);
        });
  }

  @Test
  void everyCommand_hasItsOwnHelp_andLivesInAnAudiencesPackage() {
    assertEveryCommand(VanityCallCli.commandLine());
  }

  private static void assertEveryCommand(CommandLine parent) {
    parent
        .getSubcommands()
        .values()
        .forEach(
            command -> {
              assertThat(command.getCommandSpec().mixinStandardHelpOptions())
                  .as("%s --help", command.getCommandSpec().qualifiedName())
                  .isTrue();
              assertThat(CommandsByAudience.AUDIENCES)
                  .containsKey(CommandsByAudience.audience(command.getCommandSpec()));
              assertEveryCommand(command);
            });
  }

  @Test
  void everyCommandsHelp_rendersWithoutAWarning() {
    PrintStream original = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      renderEvery(VanityCallCli.commandLine());
    } finally {
      System.setErr(original);
    }

    assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
  }

  private static void renderEvery(CommandLine parent) {
    parent
        .getSubcommands()
        .values()
        .forEach(
            command -> {
              assertThat(command.getUsageMessage()).isNotBlank();
              renderEvery(command);
            });
  }

  @Test
  void theLauncher_keepsNoListOfCommands_itHandsEveryOneToTheCommandLine() throws Exception {
    String launcher = Files.readString(LAUNCHER);

    for (String command : VanityCallCli.commandLine().getSubcommands().keySet()) {
      assertThat(launcher)
          .as("the launcher does not dispatch '%s' itself", command)
          .doesNotContainPattern("(?m)^\\s*\"?" + Pattern.quote(command) + "\"?\\)");
    }
    assertThat(launcher).contains("com.vanitycall.cli.VanityCallCli \"$@\"");
  }
}
