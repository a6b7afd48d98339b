package com.vanitycall.loadtest;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.vanitycall.connect.ConnectHandler;
import java.util.Map;

/**
 * Contact flow events for the handler benchmarks and the storm, shaped like Connect's, each marked
 * as a load tool's call ({@link ConnectHandler#SYNTHETIC_ATTRIBUTE}).
 */
public final class ContactEvents {

  private ContactEvents() {}

  public static ConnectEvent from(String contactId, String callerAddress) {
    return ConnectEvent.builder()
        .withName("ContactFlowEvent")
        .withDetails(
            ConnectEvent.Details.builder()
                .withContactData(
                    ConnectEvent.ContactData.builder()
                        .withAttributes(
                            Map.of(ConnectHandler.SYNTHETIC_ATTRIBUTE, Boolean.TRUE.toString()))
                        .withChannel("VOICE")
                        .withContactId(contactId)
                        .withInitialContactId(contactId)
                        .withInitiationMethod("INBOUND")
                        .withCustomerEndpoint(
                            ConnectEvent.CustomerEndpoint.builder()
                                .withAddress(callerAddress)
                                .withType("TELEPHONE_NUMBER")
                                .build())
                        .build())
                .withParameters(Map.of())
                .build())
        .build();
  }
}
