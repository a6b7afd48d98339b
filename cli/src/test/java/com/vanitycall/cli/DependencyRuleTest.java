package com.vanitycall.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule between the modules, layer pair by layer pair (docs/architecture.md draws
 * it): {@code cli} → {@code local/*}, {@code load-tests} → {@code functions/*} (handlers → adapters
 * → core), and nothing points back up. Stated here because every module but {@code infra} is on
 * this module's classpath; production code only (a module's tests may use the emulators, ADR 0001).
 * The core's own rule is {@code functions/core}'s {@code ArchitectureTest}.
 */
@AnalyzeClasses(
    packages = "com.vanitycall",
    importOptions = DependencyRuleTest.ProductionCodeOnly.class)
class DependencyRuleTest {

  /** Production code only: neither a module's test classes nor the test fixtures it shares. */
  static final class ProductionCodeOnly implements ImportOption {

    private final ImportOption testClasses = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
      return testClasses.includes(location) && !location.contains("-tests.jar");
    }
  }

  private static final String CORE = "com.vanitycall.core..";
  private static final String ADAPTERS = "com.vanitycall.aws..";
  private static final String CONNECT = "com.vanitycall.connect..";
  private static final String PIPELINE = "com.vanitycall.pipeline..";
  private static final String API = "com.vanitycall.api..";
  private static final String LOCAL = "com.vanitycall.local..";
  private static final String LOAD_TESTS = "com.vanitycall.loadtest..";
  private static final String CLI = "com.vanitycall.cli..";
  private static final String INFRA = "com.vanitycall.infra..";

  @ArchTest
  static final ArchRule nothingDependsOnTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI)
          .because("the command line is the composition root: it uses every module, none uses it");

  @ArchTest
  static final ArchRule theLoadToolsNeverDependOnTheLocalStack =
      noClasses()
          .that()
          .resideInAPackage(LOAD_TESTS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(LOCAL)
          .because(
              "a load tool runs against AWS as well as the local stack; the command line composes"
                  + " the stack it runs against");

  @ArchTest
  static final ArchRule theLocalStackNeverDependsOnTheLoadTools =
      noClasses()
          .that()
          .resideInAPackage(LOCAL)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(LOAD_TESTS);

  @ArchTest
  static final ArchRule theFunctionsNeverDependOnTheLocalStackOrTheLoadTools =
      noClasses()
          .that()
          .resideInAnyPackage(CORE, ADAPTERS, CONNECT, PIPELINE, API)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(LOCAL, LOAD_TESTS, INFRA)
          .because("what is deployed to Lambda knows nothing of the one-machine runtime");

  @ArchTest
  static final ArchRule theHandlersNeverDependOnEachOther_connect =
      noClasses()
          .that()
          .resideInAPackage(CONNECT)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PIPELINE, API)
          .because(
              "each handler is a deployable of its own, sharing only the adapters and the core");

  @ArchTest
  static final ArchRule theHandlersNeverDependOnEachOther_pipeline =
      noClasses()
          .that()
          .resideInAPackage(PIPELINE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CONNECT, API);

  @ArchTest
  static final ArchRule theHandlersNeverDependOnEachOther_api =
      noClasses()
          .that()
          .resideInAPackage(API)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CONNECT, PIPELINE);

  @ArchTest
  static final ArchRule theAdaptersNeverDependOnAHandler =
      noClasses()
          .that()
          .resideInAPackage(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CONNECT, PIPELINE, API)
          .because("handlers are built from the adapters, never the other way");
}
