package com.vanitycall.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Template;

/** Plain-map views of a synthesized template, for assertions that Match cannot express. */
final class Resources {

  /** A bucket's {@code PublicAccessBlockConfiguration} when no public access is possible. */
  static final Map<String, Object> EVERY_PUBLIC_ACCESS_BLOCKED =
      Map.of(
          "BlockPublicAcls", true,
          "BlockPublicPolicy", true,
          "IgnorePublicAcls", true,
          "RestrictPublicBuckets", true);

  private Resources() {}

  /** Every resource of the type, by logical id, as its whole definition. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> ofType(Template template, String type) {
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    Map<String, Object> resources = (Map<String, Object>) template.toJSON().get("Resources");
    resources.forEach(
        (id, body) -> {
          Map<String, Object> resource = (Map<String, Object>) body;
          if (type.equals(resource.get("Type"))) {
            found.put(id, resource);
          }
        });
    return found;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> properties(Map<String, Object> resource) {
    return (Map<String, Object>) resource.get("Properties");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }

  /** A property path such as {@code ("Replicas", 0, "SSESpecification")}. */
  @SuppressWarnings("unchecked")
  static Object at(Object node, Object... path) {
    Object current = node;
    for (Object step : path) {
      current =
          step instanceof Integer i
              ? ((List<Object>) current).get(i)
              : ((Map<String, Object>) current).get(step);
    }
    return current;
  }

  /**
   * A CloudFormation string value with its intrinsic parts ({@code Fn::Join} of literals and
   * references) rendered: literals as they are, each reference as {@code <<...>>} naming it.
   */
  @SuppressWarnings("unchecked")
  static String flatten(Object value) {
    if (value instanceof String text) {
      return text;
    }
    Map<String, Object> intrinsic = (Map<String, Object>) value;
    if (intrinsic.containsKey("Fn::Join")) {
      List<Object> join = (List<Object>) intrinsic.get("Fn::Join");
      StringBuilder joined = new StringBuilder();
      List<Object> parts = (List<Object>) join.get(1);
      for (int i = 0; i < parts.size(); i++) {
        joined.append(i == 0 ? "" : join.get(0)).append(flatten(parts.get(i)));
      }
      return joined.toString();
    }
    return "<<" + intrinsic + ">>";
  }

  /**
   * What CloudFormation would make of a value chosen by a condition ({@code Fn::If}) when deploying
   * to {@code region}: the chosen branch, or null for {@code AWS::NoValue}. The conditions may use
   * {@code Fn::Not}, {@code Fn::Or}, {@code Fn::And}, {@code Fn::Equals} and {@code AWS::Region}.
   */
  static Object inRegion(Template template, Object value, String region) {
    List<?> choice = (List<?>) map(value).get("Fn::If");
    Object conditions = template.toJSON().get("Conditions");
    Object chosen =
        holds(map(conditions).get(choice.get(0)), region) ? choice.get(1) : choice.get(2);
    return Map.of("Ref", "AWS::NoValue").equals(chosen) ? null : chosen;
  }

  private static boolean holds(Object condition, String region) {
    Map<String, Object> expression = map(condition);
    if (expression.containsKey("Fn::Not")) {
      return !holds(((List<?>) expression.get("Fn::Not")).get(0), region);
    }
    if (expression.containsKey("Fn::Or")) {
      return ((List<?>) expression.get("Fn::Or")).stream().anyMatch(c -> holds(c, region));
    }
    if (expression.containsKey("Fn::And")) {
      return ((List<?>) expression.get("Fn::And")).stream().allMatch(c -> holds(c, region));
    }
    List<?> equals = (List<?>) expression.get("Fn::Equals");
    if (equals == null) {
      throw new AssertionError("a condition this helper cannot evaluate: " + condition);
    }
    return operand(equals.get(0), region).equals(operand(equals.get(1), region));
  }

  private static Object operand(Object value, String region) {
    return Map.of("Ref", "AWS::Region").equals(value) ? region : value;
  }

  /** The logical id a construct's CloudFormation resource has in its stack. */
  static String logicalId(software.constructs.IConstruct construct) {
    software.amazon.awscdk.CfnElement element =
        construct instanceof software.amazon.awscdk.CfnElement e
            ? e
            : (software.amazon.awscdk.CfnElement) construct.getNode().getDefaultChild();
    return software.amazon.awscdk.Stack.of(construct).getLogicalId(element);
  }

  /**
   * True when the value points at the resource with this logical id: a Ref or GetAtt in the same
   * stack, or an import of an export the CDK made from it in another.
   */
  @SuppressWarnings("unchecked")
  static boolean refersTo(Object value, String logicalId) {
    if (!(value instanceof Map<?, ?> intrinsic)) {
      return false;
    }
    Object ref = intrinsic.get("Ref");
    Object getAtt = intrinsic.get("Fn::GetAtt");
    Object imported = intrinsic.get("Fn::ImportValue");
    return logicalId.equals(ref)
        || (getAtt instanceof List<?> att && logicalId.equals(att.get(0)))
        || (imported instanceof String name
            && name.matches(".*:ExportsOutput(Ref|FnGetAtt)" + logicalId + ".*"));
  }
}
