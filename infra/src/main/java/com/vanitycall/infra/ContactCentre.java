package com.vanitycall.infra;

import com.vanitycall.infra.DeploymentSettings.ConnectInstance;
import com.vanitycall.infra.DeploymentSettings.PhoneNumberClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.customresources.SdkCallsPolicyOptions;
import software.amazon.awscdk.services.connect.CfnContactFlow;
import software.amazon.awscdk.services.connect.CfnIntegrationAssociation;
import software.amazon.awscdk.services.connect.CfnPhoneNumber;
import software.amazon.awscdk.services.connect.CfnTestCase;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.CfnPermission;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The Amazon Connect side: the handler allowed and associated on one instance, the contact flow
 * loaded from its file with the handler's alias ARN substituted, the flow's test cases, and
 * optionally a claimed phone number that rings the flow.
 *
 * <p>Creation order is permission → association → flow (→ number); CloudFormation deletes in the
 * reverse order, so the association is removed while the function still exists (see
 * docs/adr/0102-connect-association-ordering.md).
 */
public final class ContactCentre extends Construct {
  /** The placeholder in the flow file that becomes the handler alias's ARN. */
  public static final String FUNCTION_ARN_PLACEHOLDER = "${VanityLookupFunctionArn}";

  private final CfnContactFlow flow;
  private final CfnIntegrationAssociation association;

  public ContactCentre(Construct scope, String id, Props props) {
    super(scope, id);
    ConnectInstance instance = props.instance();
    String functionArn = props.handler().getFunctionArn();
    String prefix = Stack.of(this).getStackName();

    CfnPermission permission =
        CfnPermission.Builder.create(this, "ConnectMayInvoke")
            .action("lambda:InvokeFunction")
            .functionName(functionArn)
            .principal("connect.amazonaws.com")
            .sourceArn(instance.arn())
            .sourceAccount(instance.account())
            .build();
    association =
        CfnIntegrationAssociation.Builder.create(this, "HandlerAssociation")
            .instanceId(instance.arn())
            .integrationType("LAMBDA_FUNCTION")
            .integrationArn(functionArn)
            .build();
    association.addResourceDependency(permission);

    flow =
        CfnContactFlow.Builder.create(this, "VanityLookupFlow")
            .instanceArn(instance.arn())
            .name(prefix + "-vanity-lookup")
            .type("CONTACT_FLOW")
            .description("Tells the caller three vanity numbers for the number they call from")
            .content(flowContent(props.flowFile(), functionArn))
            .build();
    flow.addResourceDependency(association);

    String flowId = Fn.select(3, Fn.split("/", flow.getAttrContactFlowArn()));
    props.flowTests().ifPresent(dir -> deployTests(dir, instance, functionArn, flowId));

    CfnOutput.Builder.create(this, "FlowArn")
        .description("the vanity lookup contact flow")
        .value(flow.getAttrContactFlowArn())
        .build();
    props.phoneNumber().ifPresent(claim -> claimNumberFor(instance, claim, flowId));
  }

  /**
   * Each test file as a test case of the flow, run against it on the instance. Published, so
   * Connect validates it on create: the directory holds only tests in the shapes Connect documents
   * (those relying on undocumented behaviour live in contact-flows/simulator-tests and are not
   * deployed). Each names the flow's id, so CloudFormation creates it after the flow without a
   * {@code DependsOn}.
   */
  private void deployTests(
      Path testsDir, ConnectInstance instance, String functionArn, String flowId) {
    String prefix = Stack.of(this).getStackName();
    for (Path test : testFiles(testsDir)) {
      CfnTestCase testCase =
          CfnTestCase.Builder.create(this, "Test-" + baseName(test))
              .instanceArn(instance.arn())
              .name(prefix + "-" + baseName(test))
              .description("contact-flows/tests/" + test.getFileName())
              .content(withHandlerArn(RepositoryFile.read(test), functionArn))
              .status("PUBLISHED")
              .entryPoint(
                  CfnTestCase.EntryPointProperty.builder()
                      .type("VOICE_CALL")
                      .voiceCallEntryPointParameters(
                          CfnTestCase.VoiceCallEntryPointParametersProperty.builder()
                              .flowId(flowId)
                              .build())
                      .build())
              .build();
      testCase.addMetadata(
          "cfn-lint",
          Map.of(
              "config",
              Map.of("ignore_checks", List.of("E3006")),
              "reason",
              "E3006 (unknown resource type) is cfn-lint's bundled schema predating"
                  + " AWS::Connect::TestCase; where CloudFormation lacks the type, deploy with -c "
                  + DeploymentSettings.FLOW_TESTS
                  + "=false (docs/deploy.md)"));
    }
  }

  private void claimNumberFor(ConnectInstance instance, PhoneNumberClaim claim, String flowId) {
    CfnPhoneNumber number =
        CfnPhoneNumber.Builder.create(this, "PhoneNumber")
            .targetArn(instance.arn())
            .countryCode(claim.countryCode())
            .type(claim.type())
            .description("rings the vanity lookup flow")
            .build();
    String numberId = Fn.select(1, Fn.split("/", number.getAttrPhoneNumberArn()));
    // CloudFormation has no resource that points a number at a flow: one API call on create, its
    // inverse on delete. The calls name the number and the flow, so CloudFormation makes them after
    // both exist and undoes them before either goes.
    LogGroup logs =
        LogGroup.Builder.create(this, "NumberRingsFlowLogs")
            .retention(RetentionDays.ONE_MONTH)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    // the provider function's own role, which may write its own log group only (not the managed
    // AWSLambdaBasicExecutionRole the CDK would give it, which may write any)
    Role providerRole =
        Role.Builder.create(this, "NumberRingsFlowRole")
            .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
            .description("points the claimed number at the flow, and away from it")
            .build();
    logs.grantWrite(providerRole);
    AwsCustomResource.Builder.create(this, "NumberRingsFlow")
        .onCreate(
            connectCall(
                "associatePhoneNumberContactFlow",
                Map.of(
                    "InstanceId", instance.id(),
                    "PhoneNumberId", numberId,
                    "ContactFlowId", flowId),
                numberId))
        .onDelete(
            connectCall(
                "disassociatePhoneNumberContactFlow",
                Map.of("InstanceId", instance.id(), "PhoneNumberId", numberId),
                numberId))
        .policy(
            AwsCustomResourcePolicy.fromSdkCalls(
                SdkCallsPolicyOptions.builder()
                    .resources(
                        List.of(
                            instance.arn(),
                            number.getAttrPhoneNumberArn(),
                            flow.getAttrContactFlowArn()))
                    .build()))
        .role(providerRole)
        .logGroup(logs)
        .installLatestAwsSdk(false)
        .build();
    CfnOutput.Builder.create(this, "NumberToCall")
        .description("call this number to hear your vanity numbers")
        .value(number.getAttrAddress())
        .build();
  }

  private static AwsSdkCall connectCall(
      String action, Map<String, String> parameters, String physicalId) {
    return AwsSdkCall.builder()
        .service("Connect")
        .action(action)
        .parameters(parameters)
        .physicalResourceId(PhysicalResourceId.of(physicalId))
        .build();
  }

  private static String flowContent(Path flowFile, String functionArn) {
    String flow = RepositoryFile.read(flowFile);
    if (!flow.contains(FUNCTION_ARN_PLACEHOLDER)) {
      throw new IllegalArgumentException(
          flowFile + " has no " + FUNCTION_ARN_PLACEHOLDER + " to substitute");
    }
    return withHandlerArn(flow, functionArn);
  }

  /** The flow and its tests name the handler by placeholder; Connect needs its alias ARN. */
  private static String withHandlerArn(String text, String functionArn) {
    return text.replace(FUNCTION_ARN_PLACEHOLDER, functionArn);
  }

  private static List<Path> testFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the flow tests in " + dir, e);
    }
  }

  private static String baseName(Path file) {
    return file.getFileName().toString().replaceFirst("\\.json$", "");
  }

  public CfnContactFlow flow() {
    return flow;
  }

  public CfnIntegrationAssociation association() {
    return association;
  }

  /**
   * @param handler the function alias Connect invokes
   * @param flowFile the flow-language JSON with {@value #FUNCTION_ARN_PLACEHOLDER}
   * @param flowTests the folder of the flow's test cases in Connect's testing language, one per
   *     file; absent: none are deployed
   */
  public record Props(
      ConnectInstance instance,
      IFunction handler,
      Path flowFile,
      Optional<Path> flowTests,
      Optional<PhoneNumberClaim> phoneNumber) {
    public Props {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(handler, "handler");
      Objects.requireNonNull(flowFile, "flowFile");
      Objects.requireNonNull(flowTests, "flowTests");
      Objects.requireNonNull(phoneNumber, "phoneNumber");
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private ConnectInstance instance;
      private IFunction handler;
      private Path flowFile;
      private Optional<Path> flowTests = Optional.empty();
      private Optional<PhoneNumberClaim> phoneNumber = Optional.empty();

      public Builder instance(ConnectInstance instance) {
        this.instance = instance;
        return this;
      }

      public Builder handler(IFunction handler) {
        this.handler = handler;
        return this;
      }

      public Builder flowFile(Path flowFile) {
        this.flowFile = flowFile;
        return this;
      }

      public Builder flowTests(Optional<Path> flowTests) {
        this.flowTests = flowTests;
        return this;
      }

      public Builder phoneNumber(Optional<PhoneNumberClaim> phoneNumber) {
        this.phoneNumber = phoneNumber;
        return this;
      }

      public Props build() {
        return new Props(instance, handler, flowFile, flowTests, phoneNumber);
      }
    }
  }
}
