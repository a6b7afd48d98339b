package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.aws.schema.AnalyticsTable;
import com.vanitycall.aws.schema.CallsTable;
import com.vanitycall.aws.schema.DeadLettersTable;
import com.vanitycall.aws.schema.LiveConnectionsTable;
import com.vanitycall.aws.schema.TableDesign;
import com.vanitycall.aws.schema.VanityCacheTable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.dynamodb.Table;

/**
 * Every table of the synthesized data stack has the keys, indexes, stream and TTL of its shared
 * design (functions/aws {@code com.vanitycall.aws.schema}), the one the local stack creates its
 * tables from: a CDK-side mistake fails here.
 */
class TableDesignTest {
  private final SynthesizedApp app = SynthesizedApp.get();
  private final CallData data = app.stacks.data().data();

  @Test
  void everyTable_isBuiltAsItsSharedDesignSays() {
    Map<Table, TableDesign> designs =
        Map.of(
            data.vanityCache(), VanityCacheTable.DESIGN,
            data.calls(), CallsTable.DESIGN,
            data.analytics(), AnalyticsTable.DESIGN,
            data.deadLetters(), DeadLettersTable.DESIGN,
            data.liveConnections(), LiveConnectionsTable.DESIGN);
    Map<String, Map<String, Object>> tables = Resources.ofType(app.data, "AWS::DynamoDB::Table");
    assertThat(tables).hasSameSizeAs(designs);

    designs.forEach(
        (table, design) -> {
          String id = Resources.logicalId(table);
          Map<String, Object> synthesized = Resources.properties(tables.get(id));
          assertThat(synthesized(synthesized)).as(id).isEqualTo(design);
          assertThat(definitions(synthesized)).as(id).isEqualTo(stringsOf(design));
        });
  }

  /** The table as its template says, read back as a design. */
  @SuppressWarnings("unchecked")
  private static TableDesign synthesized(Map<String, Object> table) {
    List<Map<String, Object>> indexes =
        (List<Map<String, Object>>) table.getOrDefault("GlobalSecondaryIndexes", List.of());
    return new TableDesign(
        key(table.get("KeySchema"), "HASH").orElseThrow(),
        key(table.get("KeySchema"), "RANGE"),
        indexes.stream()
            .map(
                index ->
                    new TableDesign.Index(
                        (String) index.get("IndexName"),
                        key(index.get("KeySchema"), "HASH").orElseThrow(),
                        key(index.get("KeySchema"), "RANGE").orElseThrow(),
                        TableDesign.Projection.valueOf(
                            (String) Resources.at(index, "Projection", "ProjectionType"))))
            .toList(),
        Optional.ofNullable(table.get("StreamSpecification"))
            .map(stream -> (String) Resources.at(stream, "StreamViewType"))
            .map(TableDesign.StreamView::valueOf),
        ttl(table));
  }

  private static String ttl(Map<String, Object> table) {
    assertThat(Resources.at(table, "TimeToLiveSpecification", "Enabled")).isEqualTo(true);
    return (String) Resources.at(table, "TimeToLiveSpecification", "AttributeName");
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> key(Object keySchema, String type) {
    return ((List<Map<String, String>>) keySchema)
        .stream()
            .filter(key -> type.equals(key.get("KeyType")))
            .map(key -> key.get("AttributeName"))
            .findFirst();
  }

  /** The template's attribute definitions, name to type. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> definitions(Map<String, Object> table) {
    Map<String, String> definitions = new HashMap<>();
    ((List<Map<String, String>>) table.get("AttributeDefinitions"))
        .forEach(
            definition ->
                definitions.put(definition.get("AttributeName"), definition.get("AttributeType")));
    return definitions;
  }

  /** Every key attribute of a design is a string. */
  private static Map<String, String> stringsOf(TableDesign design) {
    Map<String, String> strings = new HashMap<>();
    new HashSet<>(design.keyAttributes()).forEach(name -> strings.put(name, "S"));
    return strings;
  }
}
