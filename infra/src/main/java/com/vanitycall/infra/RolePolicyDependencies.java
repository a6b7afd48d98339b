package com.vanitycall.infra;

import java.util.List;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Dependable;
import software.constructs.IConstruct;

/**
 * Whatever depends on a role waits for the role's policy, not for the role and its policy: the
 * dependents (a function, the state machine, the pipe) name their role by ARN, so CloudFormation
 * already creates the role first, and a {@code DependsOn} on it is one that cfn-lint reports as
 * redundant (W3005). The policy names the role, so the order is kept; a role without a policy of
 * its own is still depended on itself.
 */
final class RolePolicyDependencies implements IAspect {

  @Override
  public void visit(IConstruct node) {
    if (node instanceof Role role) {
      Dependable.implement(role, new PolicyFirst(role));
    }
  }

  /** The role's default policy as what to wait for, read when the dependencies are resolved. */
  private static final class PolicyFirst extends Dependable {
    private final Role role;

    PolicyFirst(Role role) {
      this.role = role;
    }

    @Override
    public List<IConstruct> getDependencyRoots() {
      IConstruct policy = role.getNode().tryFindChild("DefaultPolicy");
      return List.of(policy == null ? role : policy);
    }
  }
}
