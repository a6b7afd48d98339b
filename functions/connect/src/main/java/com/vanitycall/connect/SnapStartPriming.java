package com.vanitycall.connect;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbVanityCache;
import com.vanitycall.aws.KinesisCallEventPublisher;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.core.call.VanityCache;
import com.vanitycall.core.call.VanityLookup;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.VanityEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.crac.Context;
import org.crac.Resource;

/**
 * Warms the handler before a SnapStart snapshot so that the first restored call is fast: the quick
 * engine, the use case and the token mapping on sample callers, and the SDK's request path through
 * throwaway clients that carry no credentials (AWS refuses those calls; the refusal is expected).
 * Nothing unique is captured: no credentials are resolved, the throwaway clients and their
 * connections are closed before the snapshot, and the engine holds no random state.
 */
public final class SnapStartPriming implements Resource {

  private static final Logger LOG = LogManager.getLogger(SnapStartPriming.class);
  private static final List<String> SAMPLE_CALLERS =
      List.of("+18003569377", "+12125550123", "+442079460958", "anonymous", "junk");
  private static final String PRIMING_CONTACT = "snapstart-priming";

  private final ConnectConfig config;
  private final VanityEngine quick;

  public SnapStartPriming(ConnectConfig config, VanityEngine quick) {
    this.config = config;
    this.quick = quick;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    prime();
  }

  /**
   * Warms everything a first call needs; also what the local stack runs before placing calls, so
   * that a simulated call is answered like one on a restored SnapStart Lambda.
   */
  public void prime() {
    ThreadContext.put(ConnectHandler.CONTACT_ID, PRIMING_CONTACT);
    try {
      primeUseCase();
      List<String> refusals = primeClients();
      LOG.info("primed; expected refusals of unsigned calls: {}", refusals);
    } finally {
      ThreadContext.remove(ConnectHandler.CONTACT_ID);
    }
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    LOG.info("restored from the snapshot");
  }

  /** The engine, the use case and the tokens on sample callers, with nothing to call out to. */
  void primeUseCase() {
    VanityLookup rehearsal =
        new VanityLookup(
            quick, VanityCache.NOTHING_CACHED, event -> {}, DeadLetters.NOWHERE, Clock.systemUTC());
    SAMPLE_CALLERS.forEach(caller -> ResponseTokens.of(rehearsal.answer(PRIMING_CONTACT, caller)));
  }

  /** The SDK's marshalling, HTTP and error paths, through clients that are closed afterwards. */
  List<String> primeClients() {
    List<String> refusals = new ArrayList<>();
    try (AwsClients unsigned =
        AwsClients.withoutCredentials(
            config.region(), config.dynamoDbEndpoint(), config.kinesisEndpoint())) {
      var budget = CallBudget.whileCallerWaits(config.publishTimeout());
      PhoneNumber sample =
          new CallerNumberParser().parse(SAMPLE_CALLERS.get(0)).number().orElseThrow();
      var cache =
          new DynamoDbVanityCache(
              unsigned.dynamoDb(budget),
              config.vanityCacheTable(),
              config.callerTtl(),
              Clock.systemUTC());
      var publisher =
          new KinesisCallEventPublisher(unsigned.kinesis(budget), config.callEventsStream());
      attempt(refusals, () -> cache.find(sample));
      attempt(refusals, () -> publisher.publish(sampleEvent(sample)));
    }
    return refusals;
  }

  private static CallEvent sampleEvent(PhoneNumber sample) {
    return new CallEvent(
        CallEvent.SCHEMA_VERSION,
        PRIMING_CONTACT,
        sample.e164(),
        CallerStatus.VALID,
        Instant.now(),
        List.of(),
        VanitySource.QUICK,
        0);
  }

  private static void attempt(List<String> refusals, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException refused) {
      refusals.add(refused.getClass().getSimpleName());
    }
  }
}
