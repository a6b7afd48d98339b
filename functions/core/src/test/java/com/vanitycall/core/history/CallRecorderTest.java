package com.vanitycall.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.lake.CallerPseudonyms;
import com.vanitycall.core.lake.LakeRecord;
import com.vanitycall.core.lake.PseudonymKey;
import com.vanitycall.core.phone.CallerStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The analytics step's order: the ledger first, then the lake, with what is to be retried handed
 * back by the stream record it came in.
 */
class CallRecorderTest {

  private final List<LakeRecord> delivered = new ArrayList<>();

  private static ScoredCall call(String id) {
    return new ScoredCall(
        "item-" + id,
        id,
        CallEvent.fallback(id, CallerStatus.WITHHELD, Instant.parse("2026-11-22T10:00:00Z"), 40),
        List.of(),
        List.of(),
        "v");
  }

  private CallRecorder recorder(Set<String> ledgerFails, Set<String> lakeRefuses) {
    CallLedger ledger =
        calls ->
            calls.stream()
                .filter(c -> ledgerFails.contains(c.eventId()))
                .map(ScoredCall::itemIdentifier)
                .toList();
    return new CallRecorder(
        ledger,
        records -> {
          records.stream().filter(r -> !lakeRefuses.contains(r.eventId())).forEach(delivered::add);
          return records.stream().map(LakeRecord::eventId).filter(lakeRefuses::contains).toList();
        },
        () -> new CallerPseudonyms(new PseudonymKey(new byte[32])));
  }

  @Test
  void aCallTheLedgerCouldNotWrite_isNotDelivered_andOneTheLakeRefused_isRetried() {
    List<String> retry =
        recorder(Set.of("b"), Set.of("c")).record(List.of(call("a"), call("b"), call("c")));

    assertThat(retry).containsExactly("item-b", "item-c");
    assertThat(delivered).extracting(LakeRecord::eventId).containsExactly("a");
  }

  @Test
  void theSameEventTwiceInABatch_isDeliveredOnce() {
    recorder(Set.of(), Set.of()).record(List.of(call("a"), call("a"), call("b")));

    assertThat(delivered).extracting(LakeRecord::eventId).containsExactly("a", "b");
  }

  @Test
  void withoutALake_theLedgerAloneRecords() {
    CallRecorder ledgerOnly = new CallRecorder(calls -> List.of());

    assertThat(ledgerOnly.record(List.of(call("a")))).isEmpty();
  }
}
