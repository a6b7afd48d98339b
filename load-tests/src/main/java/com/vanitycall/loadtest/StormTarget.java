package com.vanitycall.loadtest;

import com.vanitycall.connect.ConnectHandler;

/** What a storm calls: the Connect handler, in process or deployed. */
@FunctionalInterface
public interface StormTarget {

  /** The Connect handler in this process, called with the event Connect sends. */
  static StormTarget inProcess(ConnectHandler handler) {
    return (contactId, callerNumber) ->
        handler.handleRequest(ContactEvents.from(contactId, callerNumber), null).get("source");
  }

  /**
   * Places one call and returns where its answer came from ({@code CACHE}, {@code QUICK}, {@code
   * FALLBACK}), as the handler's response says.
   *
   * @param contactId Connect's ContactId for this call
   * @param callerNumber the caller's number as the network gives it
   */
  String call(String contactId, String callerNumber);
}
