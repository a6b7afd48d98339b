package com.vanitycall.local.workflow;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.time.Duration;
import java.util.Objects;

/**
 * A Lambda function of the local stack: its handler, called in this process, and the timeout it is
 * deployed with, after which Lambda stops an invocation.
 */
public record LocalFunction(RequestStreamHandler handler, Duration timeout) {

  public LocalFunction {
    Objects.requireNonNull(handler, "handler");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a function's timeout must be positive: " + timeout);
    }
  }
}
