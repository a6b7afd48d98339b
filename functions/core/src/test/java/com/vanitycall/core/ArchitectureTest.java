package com.vanitycall.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule: the core is the product's intelligence and knows nothing of AWS. */
@AnalyzeClasses(
    packages = "com.vanitycall.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theCoreImportsNothingFromAws =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("software.amazon..", "com.amazonaws..")
          .because("handlers and adapters depend on the core, never the other way");

  @ArchTest
  static final ArchRule theCoreDependsOnNoOtherVanitycallModule =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.vanitycall.aws..",
              "com.vanitycall.connect..",
              "com.vanitycall.pipeline..",
              "com.vanitycall.local..",
              "com.vanitycall.infra..",
              "com.vanitycall.loadtest..");
}
