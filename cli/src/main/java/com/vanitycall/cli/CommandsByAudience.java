package com.vanitycall.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help's list of commands, grouped by who they are for. A command's audience is the package it
 * lives in ({@code com.vanitycall.cli.load} is the load testers'), so adding a command to a package
 * is all it takes to list it in the right group.
 */
final class CommandsByAudience implements IHelpSectionRenderer {

  /** Each audience's package, in the order the help lists them, with its heading. */
  static final Map<String, String> AUDIENCES = audiences();

  private static Map<String, String> audiences() {
    Map<String, String> audiences = new LinkedHashMap<>();
    audiences.put("engine", "Vanity numbers (the engine alone, no stack needed)");
    audiences.put("stack", "The local stack (one machine, no AWS account)");
    audiences.put("analyst", "Analysts (the running local stack, or a deployed API)");
    audiences.put("load", "Load testers (the local stack, or AWS)");
    audiences.put("bench", "Benchmarks");
    audiences.put("deploy", "Deploying to AWS");
    return audiences;
  }

  @Override
  public String render(Help help) {
    Map<String, List<CommandSpec>> byAudience = new LinkedHashMap<>();
    AUDIENCES.keySet().forEach(audience -> byAudience.put(audience, new ArrayList<>()));
    for (CommandLine sub : help.commandSpec().subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (!spec.usageMessage().hidden() && !byAudience.get(audience(spec)).contains(spec)) {
        byAudience.get(audience(spec)).add(spec);
      }
    }
    int width =
        2
            + byAudience.values().stream()
                .flatMap(List::stream)
                .mapToInt(spec -> spec.name().length())
                .max()
                .orElse(0);
    StringBuilder text = new StringBuilder();
    byAudience.forEach(
        (audience, commands) -> {
          if (commands.isEmpty()) {
            return;
          }
          TextTable table =
              TextTable.forColumns(
                  help.colorScheme(),
                  new Column(width + 2, 2, Column.Overflow.SPAN),
                  new Column(
                      help.commandSpec().usageMessage().width() - width - 2,
                      2,
                      Column.Overflow.WRAP));
          for (CommandSpec spec : commands) {
            String[] description = spec.usageMessage().description();
            table.addRowValues(
                spec.name(), description.length == 0 ? "" : firstSentence(description[0]));
          }
          text.append(String.format("%n%s:%n", AUDIENCES.get(audience))).append(table);
        });
    return text.toString();
  }

  /**
   * The audience a command is for: the last part of its class's package.
   *
   * @throws IllegalStateException for a command outside the audiences' packages
   */
  static String audience(CommandSpec spec) {
    String packageName = spec.userObject().getClass().getPackageName();
    String audience = packageName.substring(packageName.lastIndexOf('.') + 1);
    if (!AUDIENCES.containsKey(audience)) {
      throw new IllegalStateException(
          spec.name() + " is in " + packageName + ", which is no audience's package");
    }
    return audience;
  }

  private static String firstSentence(String description) {
    int end = description.indexOf(". ");
    return end < 0 ? description.replaceAll("\\.$", "") : description.substring(0, end);
  }
}
