package com.vanitycall.aws.schema;

/**
 * The vanity cache (docs/data.md): the deep best 5 per number, read by the Connect handler and
 * written by the state machine's RefreshCache task (whose ASL spells these names too).
 */
public final class VanityCacheTable {

  /** Partition key: E.164. */
  public static final String NUMBER = "number";

  public static final String VANITIES = "vanities";
  public static final String DICTIONARY_VERSION = "dictionaryVersion";

  /** Epoch millis of the call that caused the scoring: the newer one wins. */
  public static final String SCORED_AT = "scoredAt";

  public static final String EXPIRES_AT = TableDesign.EXPIRES_AT;

  public static final TableDesign DESIGN = TableDesign.keyedBy(NUMBER);

  private VanityCacheTable() {}
}
