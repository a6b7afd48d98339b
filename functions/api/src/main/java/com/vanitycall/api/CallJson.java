package com.vanitycall.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.vanity.Vanity;
import java.util.List;

/**
 * One call as the API and the live feed show it: the caller masked to the last four digits, when,
 * the caller's status, what they heard and the deep best five.
 */
public final class CallJson {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private CallJson() {}

  public static ObjectNode of(StoredCall call) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", call.eventId());
    node.put("caller", call.maskedCaller());
    node.put("callerStatus", call.callerStatus().name());
    node.put("receivedAt", call.receivedAt().toString());
    node.put("source", call.source().name());
    node.set("heard", JSON.valueToTree(displays(call.heard())));
    node.set("best", JSON.valueToTree(displays(call.vanities())));
    node.set("nextCall", JSON.valueToTree(displays(call.worthSaying())));
    if (call.synthetic()) {
      node.put("synthetic", true);
    }
    return node;
  }

  /**
   * Calls in the order given, as {@code /api/recent} answers them and the live feed pushes them:
   * {@code {"calls": [call, ...]}}.
   */
  public static ObjectNode list(List<StoredCall> calls) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("calls");
    calls.forEach(call -> list.add(of(call)));
    return body;
  }

  static List<String> displays(List<Vanity> vanities) {
    return vanities.stream().map(Vanity::display).toList();
  }
}
