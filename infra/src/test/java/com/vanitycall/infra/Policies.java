package com.vanitycall.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.IRole;

/** The IAM statements a synthesized template grants, flattened to one action set per resource. */
final class Policies {
  private Policies() {}

  /** One allowed (actions, resource) pair; a statement with several resources gives several. */
  record Grant(List<String> actions, Object resource) {}

  /** What the role's inline policies allow. */
  static List<Grant> of(Template template, IRole role) {
    String roleId = Resources.logicalId(role);
    List<Grant> grants = new ArrayList<>();
    Resources.ofType(template, "AWS::IAM::Policy")
        .values()
        .forEach(
            policy -> {
              List<?> roles = (List<?>) Resources.at(policy, "Properties", "Roles");
              if (roles.stream().anyMatch(r -> Resources.refersTo(r, roleId))) {
                grants.addAll(statements(Resources.at(policy, "Properties", "PolicyDocument")));
              }
            });
    return grants;
  }

  /** Every statement of every IAM policy in the template. */
  static List<Grant> all(Template template) {
    List<Grant> grants = new ArrayList<>();
    Resources.ofType(template, "AWS::IAM::Policy")
        .values()
        .forEach(p -> grants.addAll(statements(Resources.at(p, "Properties", "PolicyDocument"))));
    return grants;
  }

  @SuppressWarnings("unchecked")
  private static List<Grant> statements(Object document) {
    List<Grant> grants = new ArrayList<>();
    for (Object item : (List<Object>) ((Map<String, Object>) document).get("Statement")) {
      Map<String, Object> statement = (Map<String, Object>) item;
      List<String> actions =
          statement.get("Action") instanceof List<?> many
              ? many.stream().map(String.class::cast).sorted().toList()
              : List.of((String) statement.get("Action"));
      Object resource = statement.get("Resource");
      List<Object> resources =
          resource instanceof List<?> many ? (List<Object>) many : List.of(resource);
      resources.forEach(r -> grants.add(new Grant(actions, r)));
    }
    return grants;
  }
}
