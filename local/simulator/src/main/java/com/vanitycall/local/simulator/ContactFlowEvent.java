package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The event Connect sends to a Lambda, in the shape of AWS's documented sample: {@code Name},
 * {@code Details.ContactData} (with the caller in {@code CustomerEndpoint}) and {@code
 * Details.Parameters}.
 */
final class ContactFlowEvent {

  static final String INSTANCE_ARN =
      "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-4000-8000-000000000000";
  static final String SYSTEM_ADDRESS = "+18005550100";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ContactFlowEvent() {}

  static String json(ContactState contact, Map<String, String> parameters) {
    ObjectNode event = JSON.createObjectNode();
    event.put("Name", "ContactFlowEvent");
    ObjectNode details = event.putObject("Details");
    ObjectNode data = details.putObject("ContactData");
    data.set("Attributes", JSON.valueToTree(contact.attributes()));
    data.put("Channel", "VOICE");
    data.put("ContactId", contact.contactId());
    if (contact.customerAddress() == null) {
      data.putNull("CustomerEndpoint");
    } else {
      data.putObject("CustomerEndpoint")
          .put("Address", contact.customerAddress())
          .put("Type", "TELEPHONE_NUMBER");
    }
    data.put("InitialContactId", contact.contactId());
    data.put("InitiationMethod", "INBOUND");
    data.put("InstanceARN", INSTANCE_ARN);
    data.putNull("PreviousContactId");
    data.putNull("Queue");
    data.putObject("SystemEndpoint").put("Address", SYSTEM_ADDRESS).put("Type", "TELEPHONE_NUMBER");
    details.set("Parameters", JSON.valueToTree(parameters));
    return event.toString();
  }
}
