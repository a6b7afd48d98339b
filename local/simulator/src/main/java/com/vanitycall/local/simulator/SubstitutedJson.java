package com.vanitycall.local.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;

/**
 * A flow or test file read as the CDK app deploys it: every {@code ${Name}} placeholder replaced by
 * its value, then parsed.
 */
final class SubstitutedJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubstitutedJson() {}

  /**
   * @return the document, or empty with {@code problem} holding why it is not JSON
   */
  static Optional<JsonNode> read(
      String json, Map<String, String> substitutions, StringBuilder problem) {
    String substituted = json;
    for (var entry : substitutions.entrySet()) {
      substituted = substituted.replace("${" + entry.getKey() + "}", entry.getValue());
    }
    try {
      return Optional.of(JSON.readTree(substituted));
    } catch (JsonProcessingException e) {
      problem.append(e.getOriginalMessage());
      return Optional.empty();
    }
  }
}
