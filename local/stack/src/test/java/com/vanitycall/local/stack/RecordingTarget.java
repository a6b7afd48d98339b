package com.vanitycall.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.local.workflow.BatchResult;
import com.vanitycall.local.workflow.PipeTarget;
import com.vanitycall.local.workflow.PipeTargetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A pipe target for the pipe's own tests: remembers every batch it got (as the records' data) and
 * fails records whose data matches a rule (reporting them by a field of the record, the eventID
 * unless told otherwise), or the whole invocation a given number of times.
 */
final class RecordingTarget implements PipeTarget {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<List<String>> batches = new CopyOnWriteArrayList<>();
  private final Set<String> processed = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final List<String> processedInOrder = new CopyOnWriteArrayList<>();
  private final AtomicInteger wholeBatchFailuresLeft = new AtomicInteger();
  private volatile Predicate<String> failing = data -> false;
  private volatile String reportedBy = "eventID";
  private volatile JsonNode lastBatch;

  void failRecordsWhere(Predicate<String> rule) {
    failing = rule;
  }

  /**
   * Reports failed records by another field of theirs than the eventID, as a buggy target would.
   */
  void reportFailuresBy(String field) {
    reportedBy = field;
  }

  void failWholeInvocations(int times) {
    wholeBatchFailuresLeft.set(times);
  }

  @Override
  public BatchResult invoke(String batchJson) {
    JsonNode batch = read(batchJson);
    lastBatch = batch;
    List<String> data = new ArrayList<>();
    batch.forEach(record -> data.add(decode(record)));
    batches.add(List.copyOf(data));
    if (wholeBatchFailuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new PipeTargetException("the execution timed out", null);
    }
    List<String> failed = new ArrayList<>();
    for (JsonNode record : batch) {
      String payload = decode(record);
      if (failing.test(payload)) {
        failed.add(record.get(reportedBy).asText());
      } else if (processed.add(payload)) {
        processedInOrder.add(payload);
      }
    }
    return new BatchResult(failed);
  }

  List<List<String>> batches() {
    return batches;
  }

  /** Every record processed, once each, in the order first processed. */
  List<String> processed() {
    return processedInOrder;
  }

  JsonNode lastBatch() {
    return lastBatch;
  }

  private static String decode(JsonNode record) {
    return new String(
        Base64.getDecoder().decode(record.get("data").asText()), StandardCharsets.UTF_8);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
