package com.vanitycall.local.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connect's rules for a Lambda response under {@code STRING_MAP} validation, at their strictest: a
 * flat object of strings, values only letters, digits, dash and underscore, under 32 KB. A response
 * that breaks them fails the invocation, as on Connect.
 */
public final class ConnectResponseRules {

  public static final int MAX_BYTES = 32 * 1024;
  private static final Pattern FORBIDDEN = Pattern.compile("[^A-Za-z0-9_-]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConnectResponseRules() {}

  /**
   * @return the response as the flat map {@code $.External} will hold
   * @throws LambdaInvocationException saying which rule the response breaks
   */
  public static Map<String, String> check(String responseJson) throws LambdaInvocationException {
    if (responseJson.getBytes(StandardCharsets.UTF_8).length >= MAX_BYTES) {
      throw new LambdaInvocationException("the response is 32 KB or more");
    }
    JsonNode response;
    try {
      response = JSON.readTree(responseJson);
    } catch (JsonProcessingException e) {
      throw new LambdaInvocationException("the response is not JSON: " + e.getOriginalMessage());
    }
    if (response == null || !response.isObject()) {
      throw new LambdaInvocationException("the response is not a JSON object");
    }
    Map<String, String> flat = new LinkedHashMap<>();
    for (var field : (Iterable<Map.Entry<String, JsonNode>>) response::fields) {
      if (!field.getValue().isTextual()) {
        throw new LambdaInvocationException(
            "'" + field.getKey() + "' is not a string: STRING_MAP needs a flat map of strings");
      }
      Matcher forbidden = FORBIDDEN.matcher(field.getValue().asText());
      if (forbidden.find()) {
        throw new LambdaInvocationException(
            "the value of '"
                + field.getKey()
                + "' holds '"
                + forbidden.group()
                + "': Connect allows only letters, digits, dash and underscore");
      }
      flat.put(field.getKey(), field.getValue().asText());
    }
    return flat;
  }
}
