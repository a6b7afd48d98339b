package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One observation of a Connect test: the event it waits for, the actions it then runs (in order),
 * and the observations it activates next.
 */
record Observation(String identifier, JsonNode event, List<JsonNode> actions, List<String> next) {

  Observation {
    actions = List.copyOf(actions);
    next = List.copyOf(next);
  }
}
