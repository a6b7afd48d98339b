package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One Task state's call, as the ASL engine makes it: the state's name, its {@code Resource} and its
 * effective input (after InputPath and Parameters), which for a service integration is the API
 * request.
 */
public record TaskRequest(String state, String resource, JsonNode input) {

  public TaskRequest {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(input, "input");
  }
}
