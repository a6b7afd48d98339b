package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

class ContactCentreStackTest {
  private static final Path FLOW =
      SynthesizedApp.REPO_ROOT.resolve("contact-flows/vanity-lookup.json");
  private static final Path TESTS = SynthesizedApp.REPO_ROOT.resolve("contact-flows/tests");
  private static final Path SIMULATOR_ONLY_TESTS =
      SynthesizedApp.REPO_ROOT.resolve("contact-flows/simulator-tests");

  private final SynthesizedApp app = SynthesizedApp.get();
  private final Template contact = app.contactCentre;
  private final String handlerAlias =
      Resources.logicalId(app.stacks.service().vanityLookup().alias());

  @Test
  void flowContent_isTheFile_withTheHandlerAliasArnSubstituted() {
    Map<String, Object> props = Resources.properties(only("AWS::Connect::ContactFlow"));
    assertThat(withPlaceholderForTheHandler(props.get("Content")))
        .isEqualTo(RepositoryFile.read(FLOW));
    assertThat(props.get("Content")).isNotInstanceOf(String.class);
    assertThat(props)
        .containsEntry("InstanceArn", SynthesizedApp.INSTANCE_ARN)
        .containsEntry("Type", "CONTACT_FLOW");
  }

  @Test
  void connect_mayInvokeTheHandler_onlyFromThisInstanceAndAccount() {
    Map<String, Object> permission = Resources.properties(only("AWS::Lambda::Permission"));
    assertThat(permission)
        .containsEntry("Action", "lambda:InvokeFunction")
        .containsEntry("Principal", "connect.amazonaws.com")
        .containsEntry("SourceArn", SynthesizedApp.INSTANCE_ARN)
        .containsEntry("SourceAccount", "123456789012");
    assertThat(Resources.refersTo(permission.get("FunctionName"), handlerAlias)).isTrue();
  }

  @Test
  void handlerAlias_isAssociatedWithTheInstance() {
    Map<String, Object> association =
        Resources.properties(only("AWS::Connect::IntegrationAssociation"));
    assertThat(association)
        .containsEntry("InstanceId", SynthesizedApp.INSTANCE_ARN)
        .containsEntry("IntegrationType", "LAMBDA_FUNCTION");
    assertThat(Resources.refersTo(association.get("IntegrationArn"), handlerAlias)).isTrue();
  }

  @Test
  void teardown_removesFlowThenAssociationThenPermission_beforeTheFunctionsStack() {
    assertThat(dependsOn(only("AWS::Connect::ContactFlow")))
        .containsExactly(idOf("AWS::Connect::IntegrationAssociation"));
    assertThat(dependsOn(only("AWS::Connect::IntegrationAssociation")))
        .containsExactly(idOf("AWS::Lambda::Permission"));
    assertThat(app.stacks.contactCentre().orElseThrow().getDependencies())
        .contains(app.stacks.service());
  }

  /**
   * Connect validates a PUBLISHED test case when it is created: only the tests in documented shapes
   * are deployed (DocumentedShapeTest in local/simulator checks the shapes), never those that rely
   * on what Connect does not document.
   */
  @Test
  void exactlyTheTestsInDocumentedShapes_areDeployed_neverTheSimulatorOnlyOnes()
      throws IOException {
    Map<String, Map<String, Object>> cases = Resources.ofType(contact, "AWS::Connect::TestCase");
    String stack = app.stacks.contactCentre().orElseThrow().getStackName();

    assertThat(cases.values().stream().map(c -> Resources.properties(c).get("Name")))
        .containsExactlyInAnyOrder(
            Stream.of(
                    "answered-without-options",
                    "no-words-fit",
                    "one-option",
                    "three-options-from-the-cache",
                    "two-options",
                    "unexpected-status",
                    "unreadable-number",
                    "withheld-number")
                .map(name -> stack + "-" + name)
                .toArray());
    List<String> deployed =
        cases.values().stream()
            .map(c -> withPlaceholderForTheHandler(Resources.properties(c).get("Content")))
            .toList();
    List<Path> simulatorOnly = jsonFiles(SIMULATOR_ONLY_TESTS);
    assertThat(simulatorOnly).isNotEmpty();
    simulatorOnly.forEach(file -> assertThat(deployed).doesNotContain(RepositoryFile.read(file)));
  }

  @Test
  void everyFlowTestFile_isDeployedAsATestCaseOfTheFlow_namingTheDeployedHandler()
      throws IOException {
    List<Path> files = jsonFiles(TESTS);
    Map<String, Map<String, Object>> cases = Resources.ofType(contact, "AWS::Connect::TestCase");
    assertThat(cases).hasSameSizeAs(files).isNotEmpty();
    String flowId = idOf("AWS::Connect::ContactFlow");
    for (Path file : files) {
      Map<String, Object> testCase =
          cases.values().stream()
              .filter(
                  c ->
                      withPlaceholderForTheHandler(Resources.properties(c).get("Content"))
                          .equals(RepositoryFile.read(file)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no test case has the content of " + file));
      assertThat(Resources.at(testCase, "Properties", "EntryPoint", "Type"))
          .isEqualTo("VOICE_CALL");
      assertThat(
              Resources.at(
                      testCase,
                      "Properties",
                      "EntryPoint",
                      "VoiceCallEntryPointParameters",
                      "FlowId")
                  .toString())
          .contains(flowId);
      // the reference to the flow orders them; a DependsOn as well is one cfn-lint calls redundant
      assertThat(dependsOn(testCase)).isEmpty();
      assertThat(Resources.at(testCase, "Metadata", "cfn-lint", "config", "ignore_checks"))
          .isEqualTo(List.of("E3006"));
      assertThat((String) Resources.at(testCase, "Metadata", "cfn-lint", "reason"))
          .contains("AWS::Connect::TestCase", DeploymentSettings.FLOW_TESTS + "=false");
    }
  }

  @Test
  void withFlowTestsFalse_theFlowIsDeployedWithoutItsTestCases() {
    Map<String, Object> context = new HashMap<>(SynthesizedApp.cdkJsonContext());
    context.putAll(
        Map.of(
            DeploymentSettings.REPO_ROOT,
            SynthesizedApp.REPO_ROOT.toString(),
            DeploymentSettings.CONNECT_INSTANCE_ARN,
            SynthesizedApp.INSTANCE_ARN,
            DeploymentSettings.FLOW_TESTS,
            "false"));
    App withoutTests = App.Builder.create().context(context).build();

    VanityCallStacks stacks =
        VanityCallStacks.compose(withoutTests, DeploymentSettings.from(withoutTests.getNode()));

    Template template = Template.fromStack(stacks.contactCentre().orElseThrow());
    template.resourceCountIs("AWS::Connect::TestCase", 0);
    template.resourceCountIs("AWS::Connect::ContactFlow", 1);
    template.resourceCountIs("AWS::Connect::IntegrationAssociation", 1);
  }

  @Test
  void claimedPhoneNumber_ringsTheFlow_andIsLetGoOfOnDelete() {
    assertThat(Resources.properties(only("AWS::Connect::PhoneNumber")))
        .containsEntry("CountryCode", "GB")
        .containsEntry("Type", "DID")
        .containsEntry("TargetArn", SynthesizedApp.INSTANCE_ARN);
    Map<String, Object> pointing = Resources.properties(only("Custom::AWS"));
    assertThat(Resources.flatten(pointing.get("Create")))
        .contains("\"action\":\"associatePhoneNumberContactFlow\"")
        .contains(idOf("AWS::Connect::ContactFlow"))
        .contains(idOf("AWS::Connect::PhoneNumber"));
    assertThat(Resources.flatten(pointing.get("Delete")))
        .contains("\"action\":\"disassociatePhoneNumberContactFlow\"");
    contact.hasOutput(
        "*",
        Map.of(
            "Value", Map.of("Fn::GetAtt", List.of(idOf("AWS::Connect::PhoneNumber"), "Address"))));
  }

  /**
   * The deployed content with every reference to the handler's alias put back as the placeholder
   * the repository's files use; any other reference fails the test.
   */
  private String withPlaceholderForTheHandler(Object content) {
    if (content instanceof String text) {
      return text;
    }
    List<?> join = (List<?>) Resources.map(content).get("Fn::Join");
    assertThat(join.get(0)).isEqualTo("");
    StringBuilder rebuilt = new StringBuilder();
    for (Object part : (List<?>) join.get(1)) {
      if (part instanceof String text) {
        rebuilt.append(text);
      } else {
        assertThat(Resources.refersTo(part, handlerAlias)).as(part.toString()).isTrue();
        rebuilt.append(ContactCentre.FUNCTION_ARN_PLACEHOLDER);
      }
    }
    return rebuilt.toString();
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> listed = Files.list(dir)) {
      return listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private List<String> dependsOn(Map<String, Object> resource) {
    Object depends = resource.get("DependsOn");
    return depends == null
        ? List.of()
        : ((List<?>) depends).stream().map(String.class::cast).toList();
  }

  private Map<String, Object> only(String type) {
    Map<String, Map<String, Object>> found = Resources.ofType(contact, type);
    assertThat(found).as(type).hasSize(1);
    return found.values().iterator().next();
  }

  private String idOf(String type) {
    Map<String, Map<String, Object>> found = Resources.ofType(contact, type);
    assertThat(found).as(type).hasSize(1);
    return found.keySet().iterator().next();
  }
}
