package com.vanitycall.connect;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.Traffic;
import com.vanitycall.core.call.VanityLookup;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.ThreadContext;
import org.crac.Core;

/**
 * Invoked by the contact flow for every call: answers with flat tokens the flow turns into speech
 * ({@link ResponseTokens}). Everything is built once per process; {@code handleRequest} maps the
 * event to {@link VanityLookup} and the answer to tokens. It never branches on the event's name.
 */
public final class ConnectHandler implements RequestHandler<ConnectEvent, Map<String, String>> {

  static final String CONTACT_ID = "contactId";

  /**
   * The contact attribute a load tool sets ({@code "true"}) on the calls it makes, so that they are
   * answered alike and kept out of the product's figures. A caller cannot set it: only a contact
   * flow or a direct invocation can.
   */
  public static final String SYNTHETIC_ATTRIBUTE = "vanitycall-synthetic";

  private final VanityLookup lookup;

  /** Held here so the priming hook lives as long as the handler (CRaC keeps weak references). */
  private final SnapStartPriming priming;

  /** What the Lambda runtime calls: configuration from the environment. */
  public ConnectHandler() {
    this(ConnectConfig.from(System.getenv()));
  }

  public ConnectHandler(ConnectConfig config) {
    VanityEngine quick = VanityEngine.load(Profile.QUICK);
    this.lookup = ConnectComposition.lookup(config, ConnectComposition.clients(config), quick);
    this.priming = new SnapStartPriming(config, quick);
    Core.getGlobalContext().register(priming);
  }

  /** For tests and the local stack: a use case composed elsewhere. */
  public ConnectHandler(VanityLookup lookup) {
    this.lookup = lookup;
    this.priming = null;
  }

  @Override
  public Map<String, String> handleRequest(ConnectEvent event, Context context) {
    String contactId = contactIdOf(event);
    ThreadContext.put(CONTACT_ID, contactId);
    try {
      return ResponseTokens.of(
          lookup.answer(contactId, customerAddressOf(event), trafficOf(event)));
    } finally {
      ThreadContext.remove(CONTACT_ID);
    }
  }

  private static String contactIdOf(ConnectEvent event) {
    String contactId =
        contactData(event)
            .map(ConnectEvent.ContactData::getContactId)
            .filter(id -> !id.isBlank())
            .orElseThrow(
                () ->
                    new MalformedContactEventException(
                        "the event has no Details.ContactData.ContactId"));
    if (!CallEvent.EVENT_ID.matcher(contactId).matches()) {
      throw new MalformedContactEventException(
          "the event's Details.ContactData.ContactId is not an id of letters, digits, '-' and '_'"
              + " (Connect's is a UUID)");
    }
    return contactId;
  }

  private static Traffic trafficOf(ConnectEvent event) {
    return Traffic.of(
        contactData(event)
            .map(ConnectEvent.ContactData::getAttributes)
            .map(attributes -> "true".equals(attributes.get(SYNTHETIC_ATTRIBUTE)))
            .orElse(false));
  }

  /** Null when Connect sends no customer endpoint: the use case treats that as withheld. */
  private static String customerAddressOf(ConnectEvent event) {
    return contactData(event)
        .map(ConnectEvent.ContactData::getCustomerEndpoint)
        .map(ConnectEvent.CustomerEndpoint::getAddress)
        .orElse(null);
  }

  private static Optional<ConnectEvent.ContactData> contactData(ConnectEvent event) {
    return Optional.ofNullable(event)
        .map(ConnectEvent::getDetails)
        .map(ConnectEvent.Details::getContactData);
  }
}
