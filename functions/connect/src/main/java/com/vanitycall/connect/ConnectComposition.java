package com.vanitycall.connect;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.DynamoDbVanityCache;
import com.vanitycall.aws.KinesisCallEventPublisher;
import com.vanitycall.core.call.VanityLookup;
import com.vanitycall.core.vanity.VanityEngine;
import java.time.Clock;

/** Wires the use case from configuration: one client per use, each with the caller's budget. */
public final class ConnectComposition {

  private ConnectComposition() {}

  public static VanityLookup lookup(ConnectConfig config, AwsClients clients, VanityEngine quick) {
    Clock clock = Clock.systemUTC();
    var publishBudget = CallBudget.whileCallerWaits(config.publishTimeout());
    return new VanityLookup(
        quick,
        new DynamoDbVanityCache(
            clients.dynamoDb(CallBudget.whileCallerWaits(config.cacheTimeout())),
            config.vanityCacheTable(),
            config.callerTtl(),
            clock),
        new KinesisCallEventPublisher(clients.kinesis(publishBudget), config.callEventsStream()),
        new DynamoDbDeadLetters(
            clients.dynamoDb(publishBudget), config.deadLettersTable(), config.callerTtl(), clock),
        clock);
  }

  /** The clients for this configuration: endpoint overrides for the local stack, if any. */
  public static AwsClients clients(ConnectConfig config) {
    return new AwsClients(config.region(), config.dynamoDbEndpoint(), config.kinesisEndpoint());
  }
}
