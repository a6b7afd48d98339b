package com.vanitycall.pipeline.deepscore;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.LetterPayload;
import com.vanitycall.core.call.MalformedCallEventException;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.core.vanity.WorthSaying;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Decodes and validates one stream record and scores the caller's number with the full dictionary.
 * Never throws for what a producer put on the stream: such a record comes back as a {@link
 * ScoreOutcome.Malformed} with the reason.
 */
public final class DeepScoring {

  private final CallEventCodec codec = new CallEventCodec();
  private final CallerNumberParser parser = new CallerNumberParser();
  private final VanityEngine engine;
  private final WorthSaying worthSaying;

  public DeepScoring(VanityEngine engine) {
    this.engine = engine;
    this.worthSaying = engine.worthSaying();
  }

  public ScoreOutcome score(PipeRecord record) {
    byte[] data;
    try {
      data = Base64.getDecoder().decode(record.data());
    } catch (IllegalArgumentException e) {
      return new ScoreOutcome.Malformed(
          "the record's data is not base64: " + e.getMessage(),
          LetterPayload.of(record.data().getBytes(StandardCharsets.UTF_8)));
    }
    LetterPayload payload = LetterPayload.of(data);
    CallEvent event;
    try {
      event = codec.fromJson(new String(data, StandardCharsets.UTF_8));
    } catch (MalformedCallEventException e) {
      return new ScoreOutcome.Malformed(e.getMessage(), payload);
    }
    if (event.callerStatus() != CallerStatus.VALID) {
      return new ScoreOutcome.Scored(
          event, Optional.empty(), List.of(), List.of(), engine.dictionaryVersion());
    }
    if (parser.parse(event.callerNumber()) instanceof CallerNumber.Valid valid) {
      List<Vanity> best = engine.best(valid.phoneNumber());
      return new ScoreOutcome.Scored(
          event,
          Optional.of(valid.phoneNumber()),
          best,
          worthSaying.of(best),
          engine.dictionaryVersion());
    }
    return new ScoreOutcome.Malformed(
        "callerNumber is marked VALID but no numbering plan has it", payload);
  }
}
