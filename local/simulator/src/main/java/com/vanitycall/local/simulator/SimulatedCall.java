package com.vanitycall.local.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One call through the flow.
 *
 * @param contactId the contact's id, as Connect's ContactId: the call record's event id
 * @param path the blocks run, in order
 * @param heard what the caller heard, one entry per message, as plain words
 * @param lambdaResponse the Lambda's response as {@code $.External} held it, if it succeeded
 * @param lambdaError why the Lambda invocation failed, if it did
 * @param attributes the contact attributes at the end
 */
public record SimulatedCall(
    String contactId,
    List<String> path,
    List<String> heard,
    Optional<Map<String, String>> lambdaResponse,
    Optional<String> lambdaError,
    Map<String, String> attributes) {

  public SimulatedCall {
    path = List.copyOf(path);
    heard = List.copyOf(heard);
    attributes = Map.copyOf(attributes);
  }
}
