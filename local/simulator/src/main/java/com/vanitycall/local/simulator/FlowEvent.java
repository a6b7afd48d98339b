package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** What a flow run shows an observer, in the testing language's terms. */
public sealed interface FlowEvent {

  /** The test (the call) begins, before the first block. */
  record TestInitiated() implements FlowEvent {}

  /**
   * The caller is played a message.
   *
   * @param text the text content (SSML tags removed)
   * @param ssml the SSML, with attributes resolved; null for a plain-text message
   */
  record MessageReceived(String text, String ssml) implements FlowEvent {}

  /** A block starts, with its parameters as the flow has them (placeholders substituted). */
  record FlowActionStarted(String actionType, JsonNode actionParameters) implements FlowEvent {}
}
