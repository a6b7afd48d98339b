package com.vanitycall.local.stack;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** Reads back what is on a (small) stream, every shard from its start. */
final class StreamContents {

  private StreamContents() {}

  static List<Record> everyRecord(KinesisClient kinesis, String stream) {
    List<Record> records = new ArrayList<>();
    for (Shard shard : kinesis.listShards(b -> b.streamName(stream)).shards()) {
      String iterator =
          kinesis
              .getShardIterator(
                  b ->
                      b.streamName(stream)
                          .shardId(shard.shardId())
                          .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
              .shardIterator();
      records.addAll(kinesis.getRecords(b -> b.shardIterator(iterator)).records());
    }
    return records;
  }
}
