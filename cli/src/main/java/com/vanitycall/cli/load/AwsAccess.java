package com.vanitycall.cli.load;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.local.stack.LocalStack;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a load command reaches AWS instead of the local stack (a picocli mixin): a region and
 * profile, or an endpoint (an emulator elsewhere). Neither given: the local stack.
 */
final class AwsAccess {

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "an endpoint to use instead of the local stack's (an emulator elsewhere)")
  private URI endpoint;

  @Option(
      names = "--region",
      description = "work on AWS in this region instead of on the local stack")
  private String region;

  @Option(
      names = "--profile",
      description = "the AWS profile whose credentials to use (with --region)")
  private String profile;

  /** True when neither a region nor an endpoint was given. */
  boolean local() {
    return region == null && endpoint == null;
  }

  Optional<URI> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /** Clients for the region (default us-east-1 with an endpoint) through the one factory. */
  AwsClients clients() {
    if (profile != null) {
      // the default credentials chain reads the profile from this property
      System.setProperty("aws.profile", profile);
    }
    return new AwsClients(
        software.amazon.awssdk.regions.Region.of(region == null ? LocalStack.REGION.id() : region),
        endpoint(),
        endpoint());
  }

  String description() {
    return endpoint == null ? "AWS (" + region + ")" : endpoint.toString();
  }
}
