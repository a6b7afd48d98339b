package com.vanitycall.local.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a flow knows about its contact: the system values, the contact attributes ({@code
 * $.Attributes.*}) and the last Lambda response ({@code $.External.*}).
 */
public final class ContactState {

  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\.(External|Attributes)\\.([A-Za-z0-9_-]+)");

  private final String contactId;
  private final String customerAddress;
  private final Map<String, String> attributes = new HashMap<>();
  private Map<String, String> external = Map.of();

  ContactState(String contactId, String customerAddress) {
    this.contactId = contactId;
    this.customerAddress = customerAddress;
  }

  public String contactId() {
    return contactId;
  }

  /** The caller's address as Connect has it; null when the network gave none. */
  public String customerAddress() {
    return customerAddress;
  }

  public Map<String, String> attributes() {
    return Map.copyOf(attributes);
  }

  void setAttribute(String key, String value) {
    attributes.put(key, value);
  }

  void replaceExternal(Map<String, String> response) {
    external = Map.copyOf(response);
  }

  /**
   * The value at a flow-language path: {@code $.External.key}, {@code $.Attributes.key}, {@code
   * $.ContactId}, {@code $.Channel} or {@code $.CustomerEndpoint.Address}; empty if unset.
   *
   * @throws MalformedFlowException for a path outside that subset
   */
  public Optional<String> resolve(String path) {
    Matcher reference = REFERENCE.matcher(path);
    if (reference.matches()) {
      Map<String, String> scope = reference.group(1).equals("External") ? external : attributes;
      return Optional.ofNullable(scope.get(reference.group(2)));
    }
    return switch (path) {
      case "$.ContactId" -> Optional.of(contactId);
      case "$.Channel" -> Optional.of("VOICE");
      case "$.CustomerEndpoint.Address" -> Optional.ofNullable(customerAddress);
      default -> throw new MalformedFlowException("the simulator does not resolve '" + path + "'");
    };
  }

  /** Text with every {@code $.External.x} and {@code $.Attributes.x} replaced (unset: empty). */
  String interpolate(String text) {
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (reference.find()) {
      reference.appendReplacement(
          resolved, Matcher.quoteReplacement(resolve(reference.group()).orElse("")));
    }
    reference.appendTail(resolved);
    return resolved.toString();
  }
}
