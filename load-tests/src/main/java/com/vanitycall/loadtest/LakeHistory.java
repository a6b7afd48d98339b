package com.vanitycall.loadtest;

import com.vanitycall.aws.lake.LakeRecordJson;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.lake.CallerPseudonyms;
import com.vanitycall.core.lake.LakeRecord;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated history as the lake's records ({@link LakeRecordJson} lines, what PersistAndCount
 * delivers): the calls of {@link SyntheticCallEvents#spread} as callers' calls (answered from the
 * cache, by the quick engine or with the fallback; heard what was worth saying), each number scored
 * once by an engine. For the lake's benchmark, which writes a million calls straight through the
 * lake's writer rather than through DynamoDB Local.
 */
public final class LakeHistory {

  private final VanityEngine engine;
  private final CallerPseudonyms pseudonyms;
  private final CallerNumberParser parser = new CallerNumberParser();
  private final Map<String, List<Vanity>> scored = new HashMap<>();

  public LakeHistory(VanityEngine engine, CallerPseudonyms pseudonyms) {
    this.engine = engine;
    this.pseudonyms = pseudonyms;
  }

  /**
   * Writes {@code count} calls over the {@code days} days before {@code end} to {@code out}, one
   * JSON line each.
   */
  public void write(int count, int days, long seed, Instant end, OutputStream out) {
    Random sources = new Random(seed);
    try {
      for (CallEvent generated : SyntheticCallEvents.spread(count, days, seed, end)) {
        ScoredCall call = scored(callersCall(generated, sources));
        out.write(LakeRecordJson.line(LakeRecord.of(call, pseudonyms)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the generated history could not be written", e);
    }
  }

  /**
   * The calls {@link #write} writes, as the events the handler would have published: for a test
   * that puts the same history through the pipeline.
   */
  public static List<CallEvent> callersCalls(int count, int days, long seed, Instant end) {
    Random sources = new Random(seed);
    return SyntheticCallEvents.spread(count, days, seed, end).stream()
        .map(generated -> callersCall(generated, sources))
        .toList();
  }

  /** The lines of {@link #write}, in memory: for small histories. */
  public byte[] lines(int count, int days, long seed, Instant end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(count, days, seed, end, out);
    return out.toByteArray();
  }

  private static CallEvent callersCall(CallEvent generated, Random sources) {
    VanitySource source =
        generated.source() == VanitySource.FALLBACK
            ? VanitySource.FALLBACK
            : sources.nextInt(3) == 0 ? VanitySource.CACHE : VanitySource.QUICK;
    return new CallEvent(
        generated.schemaVersion(),
        generated.eventId(),
        generated.callerNumber(),
        generated.callerStatus(),
        generated.receivedAt(),
        generated.answer(),
        source,
        generated.answerMicros());
  }

  private ScoredCall scored(CallEvent event) {
    List<Vanity> best =
        event.callerNumber() != null
                && parser.parse(event.callerNumber()) instanceof CallerNumber.Valid valid
            ? scored.computeIfAbsent(
                valid.phoneNumber().e164(), n -> engine.best(valid.phoneNumber()))
            : List.of();
    List<Vanity> worthSaying = engine.worthSaying().of(best);
    CallEvent heard =
        event.source() == VanitySource.FALLBACK
            ? event
            : new CallEvent(
                event.schemaVersion(),
                event.eventId(),
                event.callerNumber(),
                event.callerStatus(),
                event.receivedAt(),
                worthSaying,
                event.source(),
                event.answerMicros());
    return new ScoredCall(
        "generated:" + event.eventId(),
        event.eventId(),
        heard,
        best,
        worthSaying,
        engine.dictionaryVersion());
  }
}
