package com.vanitycall.local.simulator;

import java.time.Duration;

/** Invokes a Lambda function the way Connect does: event JSON in, response JSON out, time-boxed. */
@FunctionalInterface
public interface Lambdas {

  /**
   * @param functionArn the block's LambdaFunctionARN
   * @param eventJson the ContactFlowEvent
   * @param limit the block's InvocationTimeLimitSeconds
   * @return the response JSON
   * @throws LambdaInvocationException if the function fails or takes longer than {@code limit}
   */
  String invoke(String functionArn, String eventJson, Duration limit)
      throws LambdaInvocationException;
}
