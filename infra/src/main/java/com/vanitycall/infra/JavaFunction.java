package com.vanitycall.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.ApplicationLogLevel;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.SystemLogLevel;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One of our Java handlers as a Lambda function: Java 21 on arm64, SnapStart on a published version
 * that the alias {@code live} points at (callers use the alias, never {@code $LATEST}), X-Ray
 * tracing, JSON logs into a log group with a retention.
 */
public final class JavaFunction extends Construct {
  public static final String ALIAS = "live";

  private final Function function;
  private final Alias alias;

  public JavaFunction(Construct scope, String id, Props props) {
    super(scope, id);
    LogGroup logs =
        LogGroup.Builder.create(this, "Logs")
            .retention(RetentionDays.ONE_MONTH)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    // its own role, allowed to write to its own log group only (not the managed
    // AWSLambdaBasicExecutionRole, which may create and write any log group)
    Role role =
        Role.Builder.create(this, "Role")
            .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
            .description(props.description())
            .build();
    logs.grantWrite(role);
    function =
        Function.Builder.create(this, "Function")
            .role(role)
            .description(props.description())
            .runtime(Runtime.JAVA_21)
            .architecture(Architecture.ARM_64)
            .code(Code.fromAsset(props.jar().toString()))
            .handler(props.handler())
            .memorySize(props.memoryMb())
            .timeout(props.timeout())
            .environment(props.environment())
            .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
            .tracing(Tracing.ACTIVE)
            .loggingFormat(LoggingFormat.JSON)
            .applicationLogLevelV2(ApplicationLogLevel.INFO)
            .systemLogLevelV2(SystemLogLevel.INFO)
            .logGroup(logs)
            .build();
    alias =
        Alias.Builder.create(this, "Live")
            .aliasName(ALIAS)
            .version(function.getCurrentVersion())
            .build();
    Annotations.of(function)
        .acknowledgeWarning(
            "@aws-cdk/aws-lambda:snapStartRequirePublish",
            "SnapStart applies to the version the live alias publishes");
    NagSuppressions.addResourceSuppressions(
        function,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-L1")
                .reason(
                    "Java 21 is the newest Java runtime with SnapStart that the project has"
                        + " measured; moving to Java 25 is a tested change, not a nag fix")
                .build()));
    NagSuppressions.addResourceSuppressions(
        role,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(
                    "X-Ray tracing: xray:PutTraceSegments and PutTelemetryRecords have no"
                        + " resource-level permissions, so their resource is *; neither has"
                        + " dynamodb:ListStreams, which a stream-fed function's poller calls")
                .appliesTo(List.of("Resource::*"))
                .build()),
        true);
  }

  public Function function() {
    return function;
  }

  /** What every caller (Connect, the state machine) invokes. */
  public Alias alias() {
    return alias;
  }

  /**
   * @param jar the shaded jar the build made ({@code target/<artifact>-<version>-lambda.jar})
   * @param handler {@code package.Class::method}
   */
  public record Props(
      Path jar,
      String handler,
      String description,
      int memoryMb,
      Duration timeout,
      Map<String, String> environment) {
    public Props {
      Objects.requireNonNull(jar, "jar");
      Objects.requireNonNull(handler, "handler");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(timeout, "timeout");
      environment = Map.copyOf(environment);
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException(
            "no Lambda jar at " + jar + ": build it first (mvn -DskipTests package)");
      }
      if (memoryMb < 128 || memoryMb > 10_240) {
        throw new IllegalArgumentException("memoryMb must be 128..10240: " + memoryMb);
      }
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private Path jar;
      private String handler;
      private String description;
      private int memoryMb;
      private Duration timeout;
      private Map<String, String> environment = Map.of();

      public Builder jar(Path jar) {
        this.jar = jar;
        return this;
      }

      public Builder handler(String handler) {
        this.handler = handler;
        return this;
      }

      public Builder description(String description) {
        this.description = description;
        return this;
      }

      public Builder memoryMb(int memoryMb) {
        this.memoryMb = memoryMb;
        return this;
      }

      public Builder timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
      }

      public Builder environment(Map<String, String> environment) {
        this.environment = environment;
        return this;
      }

      public Props build() {
        return new Props(jar, handler, description, memoryMb, timeout, environment);
      }
    }
  }
}
