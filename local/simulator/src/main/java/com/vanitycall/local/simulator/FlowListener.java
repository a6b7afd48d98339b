package com.vanitycall.local.simulator;

/** Watches a flow run; the test runner is one. */
@FunctionalInterface
public interface FlowListener {

  FlowListener NONE = (event, contact) -> true;

  /**
   * @return false to end the call here (the test said EndTest)
   */
  boolean onEvent(FlowEvent event, ContactState contact);
}
