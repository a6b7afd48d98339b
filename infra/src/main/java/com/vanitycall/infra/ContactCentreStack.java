package com.vanitycall.infra;

import com.vanitycall.infra.DeploymentSettings.ConnectInstance;
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * The Amazon Connect wiring, in a stack of its own that depends on the handler's: a teardown
 * removes it first, so the association goes before the function it names.
 */
public final class ContactCentreStack extends Stack {
  private final ContactCentre contactCentre;

  public ContactCentreStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentSettings settings,
      ConnectInstance instance,
      IFunction handler) {
    super(scope, id, props);
    contactCentre =
        new ContactCentre(
            this,
            "ContactCentre",
            ContactCentre.Props.builder()
                .instance(instance)
                .handler(handler)
                .flowFile(settings.repoRoot().resolve("contact-flows/vanity-lookup.json"))
                .flowTests(
                    settings.flowTests()
                        ? Optional.of(settings.repoRoot().resolve("contact-flows/tests"))
                        : Optional.empty())
                .phoneNumber(settings.phoneNumber())
                .build());
  }

  public ContactCentre contactCentre() {
    return contactCentre;
  }
}
