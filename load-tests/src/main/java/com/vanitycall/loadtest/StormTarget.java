package com.vanitycall.loadtest;

/** What a storm calls: the Connect handler, in process or deployed. */
@FunctionalInterface
public interface StormTarget {

  /**
   * Places one call and returns where its answer came from ({@code CACHE}, {@code QUICK}, {@code
   * FALLBACK}), as the handler's response says.
   *
   * @param contactId Connect's ContactId for this call
   * @param callerNumber the caller's number as the network gives it
   */
  String call(String contactId, String callerNumber);
}
