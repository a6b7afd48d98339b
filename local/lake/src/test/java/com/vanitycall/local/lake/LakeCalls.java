package com.vanitycall.local.lake;

import com.vanitycall.aws.lake.LakeRecordJson;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.lake.CallerPseudonyms;
import com.vanitycall.core.lake.LakeRecord;
import com.vanitycall.core.lake.PseudonymKey;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.util.List;

/** Lake records of made-up calls, for the local lake's tests. */
final class LakeCalls {

  static final CallerPseudonyms PSEUDONYMS =
      new CallerPseudonyms(new PseudonymKey(new byte[PseudonymKey.MIN_BYTES]));

  static final Vanity FLOWERS = new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 3146, "FLOWERS");

  private LakeCalls() {}

  /** A caller's call from {@code number} at {@code at}, answered with FLOWERS. */
  static LakeRecord valid(String eventId, String number, Instant at, VanitySource source) {
    CallEvent event =
        new CallEvent(
            CallEvent.SCHEMA_VERSION,
            eventId,
            number,
            CallerStatus.VALID,
            at,
            List.of(FLOWERS),
            source,
            1200);
    return LakeRecord.of(
        new ScoredCall(
            "shard:" + eventId, eventId, event, List.of(FLOWERS), List.of(FLOWERS), "test-words"),
        PSEUDONYMS);
  }

  static LakeRecord withheld(String eventId, Instant at) {
    return LakeRecord.of(
        new ScoredCall(
            "shard:" + eventId,
            eventId,
            CallEvent.fallback(eventId, CallerStatus.WITHHELD, at, 300),
            List.of(),
            List.of(),
            "test-words"),
        PSEUDONYMS);
  }

  static byte[] line(LakeRecord record) {
    return LakeRecordJson.line(record);
  }
}
