package com.vanitycall.cli.analyst;

import com.vanitycall.local.lake.QueryResult;

/** Where {@code sql} runs a query: the local lake's DuckDB session, or Athena. */
interface SqlEngine extends AutoCloseable {

  QueryResult run(String sql);

  @Override
  void close();
}
