package com.vanitycall.aws.ledger;

import com.vanitycall.aws.schema.CallsTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Calls written in one transaction: each call's record, on condition that it is not there yet, then
 * their counters added up. A transaction holds at most {@value #MAX_ITEMS} items.
 */
final class WriteChunk {

  /** DynamoDB's limit on the items of one {@code TransactWriteItems}. */
  static final int MAX_ITEMS = 100;

  private final List<LedgerEntry> calls = new ArrayList<>();
  private final CounterTotals totals = new CounterTotals();

  /** The calls in order, packed greedily into as few chunks as the item limit allows. */
  static List<WriteChunk> plan(Collection<LedgerEntry> calls) {
    List<WriteChunk> chunks = new ArrayList<>();
    WriteChunk chunk = new WriteChunk();
    for (LedgerEntry call : calls) {
      if (!chunk.fits(call)) {
        chunks.add(chunk);
        chunk = new WriteChunk();
      }
      chunk.add(call);
    }
    if (!chunk.calls.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  static WriteChunk of(Collection<LedgerEntry> calls) {
    WriteChunk chunk = new WriteChunk();
    calls.forEach(chunk::add);
    return chunk;
  }

  private boolean fits(LedgerEntry call) {
    return items() + 1 + totals.newItems(call.count()) <= MAX_ITEMS;
  }

  private void add(LedgerEntry call) {
    calls.add(call);
    totals.add(call.count());
  }

  List<LedgerEntry> calls() {
    return List.copyOf(calls);
  }

  int items() {
    return calls.size() + totals.items();
  }

  /**
   * The transaction's items: first the calls' records, in the order of {@link #calls()} (so that a
   * cancellation reason at index {@code i} is the {@code i}-th call's), then the counters.
   */
  List<TransactWriteItem> transactItems(String callsTable, String analyticsTable) {
    List<TransactWriteItem> items = new ArrayList<>();
    for (LedgerEntry call : calls) {
      items.add(TransactWriteItem.builder().put(firstWrite(callsTable, call.item())).build());
    }
    items.addAll(totals.updates(analyticsTable));
    return items;
  }

  private static Put firstWrite(String table, Map<String, AttributeValue> item) {
    return Put.builder()
        .tableName(table)
        .item(item)
        .conditionExpression("attribute_not_exists(" + CallsTable.EVENT_ID + ")")
        .build();
  }
}
