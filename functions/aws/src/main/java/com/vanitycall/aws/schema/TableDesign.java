package com.vanitycall.aws.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A DynamoDB table's design, defined once for both runtimes: the CDK app builds its tables from it
 * (infra {@code CallData}) and the local stack creates them on DynamoDB Local from it ({@link
 * LocalResources}); a test on each side checks what was made against it. No CDK or SDK types: each
 * side maps it to its own. Every key attribute is a string ({@code S}); tables are on demand.
 *
 * @param partitionKey the table's partition (hash) key
 * @param sortKey the table's sort (range) key, if any
 * @param indexes its global secondary indexes, by name
 * @param stream the table's DynamoDB stream, if it has one
 * @param timeToLive the attribute DynamoDB's TTL deletes items by (epoch seconds)
 */
public record TableDesign(
    String partitionKey,
    Optional<String> sortKey,
    List<Index> indexes,
    Optional<StreamView> stream,
    String timeToLive) {

  /** The TTL attribute of every table: caller numbers are personal data and expire. */
  public static final String EXPIRES_AT = "expiresAt";

  public TableDesign {
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(sortKey, "sortKey");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(timeToLive, "timeToLive");
    // a set of indexes, kept in one order, so that designs compare equal whatever order made them
    indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
  }

  /** A table keyed by {@code partitionKey} alone, with no index or stream, expiring by TTL. */
  static TableDesign keyedBy(String partitionKey) {
    return new TableDesign(partitionKey, Optional.empty(), List.of(), Optional.empty(), EXPIRES_AT);
  }

  TableDesign sortedBy(String sortKey) {
    return new TableDesign(partitionKey, Optional.of(sortKey), indexes, stream, timeToLive);
  }

  TableDesign withIndex(Index index) {
    List<Index> more = new ArrayList<>(indexes);
    more.add(index);
    return new TableDesign(partitionKey, sortKey, more, stream, timeToLive);
  }

  TableDesign streaming(StreamView view) {
    return new TableDesign(partitionKey, sortKey, indexes, Optional.of(view), timeToLive);
  }

  /** Every attribute a key of the table or of an index names, once, in order: all strings. */
  public Set<String> keyAttributes() {
    Set<String> attributes = new LinkedHashSet<>();
    attributes.add(partitionKey);
    sortKey.ifPresent(attributes::add);
    indexes.forEach(
        index -> {
          attributes.add(index.partitionKey());
          attributes.add(index.sortKey());
        });
    return attributes;
  }

  /**
   * A global secondary index with a partition and a sort key.
   *
   * @param projection which attributes the index holds
   */
  public record Index(String name, String partitionKey, String sortKey, Projection projection) {
    public Index {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(partitionKey, "partitionKey");
      Objects.requireNonNull(sortKey, "sortKey");
      Objects.requireNonNull(projection, "projection");
    }
  }

  /** What an index holds; the names are DynamoDB's, in the SDK and in CDK alike. */
  public enum Projection {
    ALL,
    KEYS_ONLY
  }

  /** What a table's stream records hold; the names are DynamoDB's, in the SDK and CDK alike. */
  public enum StreamView {
    NEW_IMAGE,
    OLD_IMAGE,
    NEW_AND_OLD_IMAGES,
    KEYS_ONLY
  }
}
