package com.vanitycall.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The deployables are build-order dependencies of the CDK app, not on its classpath: it may read
 * their compile-time constants (the variable names each deployable owns, which javac copies into
 * the app's classes), and nothing else of theirs, or {@code cdk synth} fails for a missing class.
 */
@AnalyzeClasses(
    packages = "com.vanitycall.infra",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theAppUsesNothingOfTheDeployablesAtRunTime =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.vanitycall.connect..", "com.vanitycall.pipeline..", "com.vanitycall.api..")
          .because(
              "infra's dependencies on the deployables are for the build order only (provided, no"
                  + " transitive dependencies); only their inlined constants may be used");
}
