package com.vanitycall.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which DynamoDB Local instance of the local stack holds which table: the tables named apart in
 * instances of their own, every other table in the main one. On AWS no table waits for another;
 * DynamoDB Local serves all the tables of one instance through one SQLite queue, so the cache table
 * the Connect handler reads on every call is kept apart from the tables the pipeline writes in
 * transactions of up to 100 items.
 *
 * @param main the instance of every table not named apart
 * @param apart the tables kept apart, and their instances
 */
record TablePlacement<T>(T main, Map<String, T> apart) {

  TablePlacement {
    apart = Map.copyOf(apart);
  }

  /**
   * The instance a DynamoDB API request goes to: the one holding the tables it names (the main one
   * if it names none, as ListTables or the streams' operations).
   *
   * @throws TablesApartException if it names tables of two instances (a transaction or a batch no
   *     local instance could serve)
   */
  T forRequest(JsonNode request) {
    T chosen = null;
    for (String table : tablesOf(request)) {
      T holder = apart.getOrDefault(table, main);
      if (chosen != null && !chosen.equals(holder)) {
        throw new TablesApartException(
            "the local stack keeps "
                + String.join(", ", apart.keySet())
                + " in a DynamoDB Local instance of its own: one request cannot name it and other"
                + " tables "
                + tablesOf(request));
      }
      chosen = holder;
    }
    return chosen == null ? main : chosen;
  }

  /**
   * The tables a request names: {@code TableName}, the keys of a batch's {@code RequestItems}, and
   * the {@code TableName} of each of a transaction's {@code TransactItems}.
   */
  static Set<String> tablesOf(JsonNode request) {
    Set<String> tables = new LinkedHashSet<>();
    if (request == null || !request.isObject()) {
      return tables;
    }
    if (request.path("TableName").isTextual()) {
      tables.add(request.get("TableName").asText());
    }
    request.path("RequestItems").fieldNames().forEachRemaining(tables::add);
    for (JsonNode item : request.path("TransactItems")) {
      item.elements()
          .forEachRemaining(
              action -> {
                if (action.path("TableName").isTextual()) {
                  tables.add(action.get("TableName").asText());
                }
              });
    }
    return tables;
  }

  /** A request that names tables the local stack keeps in two DynamoDB Local instances. */
  static final class TablesApartException extends RuntimeException {
    TablesApartException(String message) {
      super(message);
    }
  }
}
