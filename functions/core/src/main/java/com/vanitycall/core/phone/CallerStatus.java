package com.vanitycall.core.phone;

/** What Connect's customer endpoint told us about the caller. */
public enum CallerStatus {
  VALID,
  WITHHELD,
  INVALID
}
