package com.vanitycall.core.call;

/** Sends call events to the stream the pipeline reads. */
public interface CallEventPublisher {

  /**
   * Publishes one event.
   *
   * @throws PublishFailedException if the stream did not take it
   */
  void publish(CallEvent event);
}
