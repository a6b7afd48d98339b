package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.vanitycall.aws.StoredCallItem;
import com.vanitycall.core.history.StoredCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A batch of the calls table's stream, read in order: the new callers' calls (INSERTs; a load
 * tool's synthetic calls are never shown on the page) up to the first record that cannot be read,
 * and that record with every one after it, which are not handled in this invocation (Lambda retries
 * from the first of them, so none is told twice).
 *
 * @param calls the new calls read, in stream order
 * @param unread the record that could not be read and those after it; empty when all were
 */
record NewCalls(List<StoredCall> calls, List<DynamodbStreamRecord> unread) {

  private static final Logger LOG = LogManager.getLogger(NewCalls.class);

  NewCalls {
    calls = List.copyOf(calls);
    unread = List.copyOf(unread);
  }

  static NewCalls read(List<DynamodbStreamRecord> records) {
    List<StoredCall> calls = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      DynamodbStreamRecord record = records.get(i);
      Map<String, AttributeValue> image = record.getDynamodb().getNewImage();
      if (!"INSERT".equals(record.getEventName()) || image == null) {
        continue;
      }
      try {
        StoredCall call = StoredCallItem.read(sdkItem(image));
        if (!call.synthetic()) {
          calls.add(call);
        }
      } catch (RuntimeException e) {
        // the item's text never goes to the log: it holds the caller's number
        LOG.error(
            "stream record {} of the calls table is not a readable call ({}): it and the {} after"
                + " it are reported for Lambda to retry",
            record.getDynamodb().getSequenceNumber(),
            e.toString(),
            records.size() - i - 1);
        return new NewCalls(calls, records.subList(i, records.size()));
      }
    }
    return new NewCalls(calls, List.of());
  }

  /**
   * The stream image's attributes as the SDK's (a call's item has strings, numbers and the
   * synthetic mark).
   */
  private static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdkItem(
      Map<String, AttributeValue> image) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item =
        new HashMap<>();
    image.forEach(
        (name, value) -> {
          if (value.getS() != null) {
            item.put(
                name,
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value.getS()));
          } else if (value.getN() != null) {
            item.put(
                name,
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(value.getN()));
          } else if (value.getBOOL() != null) {
            item.put(
                name,
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(
                    value.getBOOL()));
          }
        });
    return item;
  }
}
