package com.vanitycall.pipeline.deepscore;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/**
 * The state machine's DeepScore task: one Kinesis record as the pipe delivers it in, the call
 * scored with the full dictionary and everything the DynamoDB tasks write for it out ({@link
 * ScoreOutcomeJson}). A record that is not a call event is answered as {@code MALFORMED} with the
 * reason, so that the state machine dead-letters it; only a failure of this function itself is
 * thrown.
 */
public final class DeepScoreHandler implements RequestStreamHandler {

  private static final Logger LOG = LogManager.getLogger(DeepScoreHandler.class);

  private final ObjectMapper json = JsonMapper.builder().build();
  private final DeepScoring scoring;
  private final ScoreOutcomeJson results;

  /** What Lambda calls: configured from the environment, the full dictionary loaded once. */
  public DeepScoreHandler() {
    this(DeepScoreConfig.fromEnvironment(System.getenv()));
  }

  public DeepScoreHandler(DeepScoreConfig config) {
    this(
        new DeepScoring(VanityEngine.load(Profile.DEEP)),
        new ScoreOutcomeJson(config.callerTtl(), Clock.systemUTC()));
  }

  public DeepScoreHandler(DeepScoring scoring, ScoreOutcomeJson results) {
    this.scoring = scoring;
    this.results = results;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    json.writeValue(output, score(json.readValue(input, PipeRecord.class)));
  }

  ObjectNode score(PipeRecord record) {
    ScoreOutcome outcome = scoring.score(record);
    try {
      if (outcome instanceof ScoreOutcome.Scored scored) {
        ThreadContext.put("contactId", scored.event().eventId());
        LOG.debug(
            "scored a {} call from {}: {} vanities",
            scored.event().callerStatus(),
            scored.number().map(Object::toString).orElse("no number"),
            scored.best().size());
      } else if (outcome instanceof ScoreOutcome.Malformed malformed) {
        LOG.warn("record {}: {}", record.sequenceNumber(), malformed.reason());
      }
      return results.write(outcome);
    } finally {
      ThreadContext.remove("contactId");
    }
  }
}
