package com.vanitycall.core.live;

/** Sends one message to one connected page. */
public interface LivePush {

  /**
   * @return false if the connection is gone for good (the page left without saying so): it can be
   *     forgotten
   */
  boolean push(String connectionId, String message);
}
