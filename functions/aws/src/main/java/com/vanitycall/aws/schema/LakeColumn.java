package com.vanitycall.aws.schema;

import java.util.Objects;

/**
 * A column of the lake's table: its name (lower case, as Glue keeps it and as the delivered JSON
 * names it), its type and what it holds.
 */
public record LakeColumn(String name, LakeType type, String comment) {

  public LakeColumn {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(comment, "comment");
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("a lake column's name is lower-case snake case: " + name);
    }
  }

  /** A struct's field: no comment of its own. */
  public LakeColumn(String name, LakeType type) {
    this(name, type, "");
  }
}
