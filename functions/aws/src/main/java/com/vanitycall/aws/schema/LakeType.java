package com.vanitycall.aws.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The type of a lake column, spelled for both engines that read the lake: as the Glue table (and so
 * Athena and Firehose's record format conversion) declares it, and as DuckDB, which writes and
 * reads the local lake, names it. One value, two spellings: neither can drift from the other.
 */
public sealed interface LakeType {

  LakeType STRING = new Primitive("string", "VARCHAR");
  LakeType INT = new Primitive("int", "INTEGER");
  LakeType BIGINT = new Primitive("bigint", "BIGINT");
  LakeType BOOLEAN = new Primitive("boolean", "BOOLEAN");
  LakeType TIMESTAMP = new Primitive("timestamp", "TIMESTAMP");

  /** The Hive type name Glue stores ({@code array<struct<display:string>>}). */
  String hive();

  /** DuckDB's name of the same type ({@code STRUCT(display VARCHAR)[]}). */
  String duckDb();

  /** A scalar type. */
  record Primitive(String hive, String duckDb) implements LakeType {}

  /** A list of {@code element}s. */
  record ArrayOf(LakeType element) implements LakeType {
    @Override
    public String hive() {
      return "array<" + element.hive() + ">";
    }

    @Override
    public String duckDb() {
      return element.duckDb() + "[]";
    }
  }

  /** A record of named fields, in order. */
  record StructOf(List<LakeColumn> fields) implements LakeType {
    public StructOf {
      fields = List.copyOf(fields);
    }

    @Override
    public String hive() {
      return fields.stream()
          .map(f -> f.name() + ":" + f.type().hive())
          .collect(Collectors.joining(",", "struct<", ">"));
    }

    @Override
    public String duckDb() {
      return fields.stream()
          .map(f -> f.name() + " " + f.type().duckDb())
          .collect(Collectors.joining(", ", "STRUCT(", ")"));
    }
  }
}
