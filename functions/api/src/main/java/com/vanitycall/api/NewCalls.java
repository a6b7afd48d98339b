package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.vanitycall.aws.StoredCall;
import com.vanitycall.core.history.PublicCall;
import com.vanitycall.core.history.PublicCallJson;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the calls table's stream: which records are new calls, and what the pages are told. */
final class NewCalls {

  private NewCalls() {}

  /** The message for the pages if the record is a new call (an INSERT with its new image). */
  static Optional<String> message(DynamodbEvent.DynamodbStreamRecord record) {
    if (!"INSERT".equals(record.getEventName())
        || record.getDynamodb() == null
        || record.getDynamodb().getNewImage() == null) {
      return Optional.empty();
    }
    return Optional.of(PublicCallJson.of(view(StoredCall.fromItem(item(record)))));
  }

  /** The public view of a stored call: the masked number, what was heard, the deep best five. */
  static PublicCall view(StoredCall call) {
    return PublicCall.of(
        call.callerNumber(),
        call.receivedAt(),
        call.callerStatus(),
        call.source(),
        call.heard(),
        call.vanities());
  }

  /** The stream's image in the SDK's types (the calls table holds strings and numbers only). */
  private static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item(
      DynamodbEvent.DynamodbStreamRecord record) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item =
        new HashMap<>();
    for (Map.Entry<String, AttributeValue> attribute :
        record.getDynamodb().getNewImage().entrySet()) {
      AttributeValue value = attribute.getValue();
      if (value.getS() != null) {
        item.put(
            attribute.getKey(),
            software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value.getS()));
      } else if (value.getN() != null) {
        item.put(
            attribute.getKey(),
            software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(value.getN()));
      }
    }
    return item;
  }
}
