package com.vanitycall.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Template;

/** Plain-map views of a synthesized template, for assertions that Match cannot express. */
final class Resources {
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
