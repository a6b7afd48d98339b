package com.vanitycall.local.simulator;

import com.vanitycall.local.emulators.ProjectHome;
import com.vanitycall.local.stack.LocalConnectHandler;
import java.util.Map;

/**
 * Places any number of simulated calls on one local stack: the contact flow run by the simulator,
 * the real Connect handler configured from the stack's environment, built once.
 */
public final class SimulatedPhone implements AutoCloseable {

  /** The Lambda ARN the flow's placeholder stands for locally; the simulator calls the handler. */
  public static final String LOCAL_FUNCTION_ARN =
      "arn:aws:lambda:us-east-1:000000000000:function:vanity-lookup-local";

  private final FlowSimulator simulator;
  private final LocalConnectHandler local;
  private final HandlerLambda lambda;

  private SimulatedPhone(FlowSimulator simulator, LocalConnectHandler local, HandlerLambda lambda) {
    this.simulator = simulator;
    this.local = local;
    this.lambda = lambda;
  }

  public static SimulatedPhone on(Map<String, String> environment) {
    ContactFlow flow =
        ContactFlow.read(
            ProjectHome.locate().resolve("contact-flows/vanity-lookup.json"),
            Map.of("VanityLookupFunctionArn", LOCAL_FUNCTION_ARN));
    LocalConnectHandler local = LocalConnectHandler.start(environment);
    return new SimulatedPhone(
        new FlowSimulator(flow),
        local,
        new HandlerLambda(event -> local.handler().handleRequest(event, null)));
  }

  /** One call from {@code number}, as the network would present it. */
  public SimulatedCall call(String number) {
    return simulator.call(number, lambda, FlowListener.NONE);
  }

  @Override
  public void close() {
    try (local) {
      lambda.close();
    }
  }
}
