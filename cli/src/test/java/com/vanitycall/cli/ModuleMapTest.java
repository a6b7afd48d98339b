package com.vanitycall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module map in docs/architecture.md is the build's: every production dependency between the
 * project's modules that a {@code pom.xml} declares is an arrow of the diagram, and every arrow is
 * one the build declares.
 */
class ModuleMapTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern DEPENDENCY =
      Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
  private static final Pattern ARTIFACT =
      Pattern.compile("<artifactId>vanitycall-([^<]+)</artifactId>");
  private static final Pattern SCOPE = Pattern.compile("<scope>([^<]+)</scope>");
  private static final Pattern ARROW = Pattern.compile("(?m)^\\s*(\\w+) (-->|-\\.->) (\\w+)\\s*$");

  @Test
  void theDiagramsArrows_areThePomsDependencies() throws IOException {
    assertThat(diagram()).isEqualTo(build()).isNotEmpty();
  }

  /** {@code from --> to} for compile scope, {@code from -.-> to} for provided. */
  private static Set<String> build() throws IOException {
    Set<String> arrows = new TreeSet<>();
    try (Stream<Path> poms = Files.walk(ROOT, 3)) {
      for (Path pom : poms.filter(ModuleMapTest::isModulePom).toList()) {
        String text = Files.readString(pom);
        String module = node(ARTIFACT.matcher(text.substring(text.indexOf("</parent>"))));
        Matcher dependencies = DEPENDENCY.matcher(text);
        while (dependencies.find()) {
          String dependency = dependencies.group(1);
          Matcher artifact = ARTIFACT.matcher(dependency);
          if (!artifact.find() || dependency.contains("<type>test-jar</type>")) {
            continue;
          }
          Matcher scope = SCOPE.matcher(dependency);
          String scoped = scope.find() ? scope.group(1) : "compile";
          if (scoped.equals("compile")) {
            arrows.add(module + " --> " + node(artifact.group(1)));
          } else if (scoped.equals("provided")) {
            arrows.add(module + " -.-> " + node(artifact.group(1)));
          }
        }
      }
    }
    return arrows;
  }

  private static Set<String> diagram() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
    String section = doc.substring(doc.indexOf("## Dependencies"));
    section = section.substring(0, section.indexOf("```", section.indexOf("```mermaid") + 3));
    Set<String> arrows = new TreeSet<>();
    Matcher arrow = ARROW.matcher(section);
    while (arrow.find()) {
      arrows.add(arrow.group(1) + " " + arrow.group(2) + " " + arrow.group(3));
    }
    return arrows;
  }

  private static boolean isModulePom(Path pom) {
    return pom.getFileName().toString().equals("pom.xml")
        && !pom.getParent().equals(ROOT)
        && !pom.toString().contains("node_modules");
  }

  private static String node(Matcher artifact) {
    if (!artifact.find()) {
      throw new IllegalStateException("a module pom without a vanitycall artifact id");
    }
    return node(artifact.group(1));
  }

  private static String node(String artifactSuffix) {
    return artifactSuffix.replace("-", "");
  }
}
