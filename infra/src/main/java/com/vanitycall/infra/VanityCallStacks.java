package com.vanitycall.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.StackProps;

/**
 * The whole deployment: data, service, web and (with a Connect instance) the contact centre,
 * checked by cdk-nag's AwsSolutions pack. The app and the tests build it the same way.
 */
public record VanityCallStacks(
    DataStack data,
    ServiceStack service,
    WebStack web,
    Optional<ContactCentreStack> contactCentre) {

  public static final String PREFIX = "VanityCall";

  public static VanityCallStacks compose(App app, DeploymentSettings settings) {
    StackProps props = StackProps.builder().env(settings.environment()).build();
    DataStack data =
        new DataStack(
            app,
            PREFIX + "Data",
            withDescription(props, "stream, tables, key, history lake"),
            settings);
    ServiceStack service =
        new ServiceStack(
            app,
            PREFIX + "Service",
            withDescription(props, "handlers, pipeline, alarms"),
            settings,
            data.data(),
            data.lake());
    WebStack web =
        new WebStack(
            app,
            PREFIX + "Web",
            withDescription(props, "analyst API, live feed, web page"),
            settings,
            data.data(),
            service.operations().alarmTopic());
    Optional<ContactCentreStack> contactCentre =
        settings
            .connectInstance()
            .map(
                instance ->
                    new ContactCentreStack(
                        app,
                        PREFIX + "ContactCentre",
                        withDescription(props, "Amazon Connect flow, association, tests"),
                        settings,
                        instance,
                        service.vanityLookup().alias()));
    Aspects.of(app).add(new RolePolicyDependencies());
    Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
    return new VanityCallStacks(data, service, web, contactCentre);
  }

  private static StackProps withDescription(StackProps props, String what) {
    return StackProps.builder().env(props.getEnv()).description("vanitycall: " + what).build();
  }
}
