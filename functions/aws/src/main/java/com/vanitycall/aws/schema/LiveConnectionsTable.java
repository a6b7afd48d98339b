package com.vanitycall.aws.schema;

/**
 * The pages connected to the live feed's WebSocket API (docs/data.md). On AWS only: the local
 * server keeps its sockets in memory behind the same port.
 */
public final class LiveConnectionsTable {

  /** Partition key: API Gateway's connection id. */
  public static final String CONNECTION_ID = "connectionId";

  public static final String EXPIRES_AT = TableDesign.EXPIRES_AT;

  public static final TableDesign DESIGN = TableDesign.keyedBy(CONNECTION_ID);

  private LiveConnectionsTable() {}
}
