package com.vanitycall.core.live;

/** Sends a message to one connected page. */
public interface LiveChannel {

  /**
   * @return false when the connection is gone for good (the page closed it), so it can be
   *     forgotten; a failure that may pass is thrown
   */
  boolean post(String connectionId, String message);
}
