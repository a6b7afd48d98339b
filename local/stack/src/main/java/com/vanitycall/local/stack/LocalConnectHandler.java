package com.vanitycall.local.stack;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.connect.ConnectComposition;
import com.vanitycall.connect.ConnectConfig;
import com.vanitycall.connect.ConnectHandler;
import com.vanitycall.connect.SnapStartPriming;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import java.util.Map;

/**
 * The Connect handler on a local stack: configured from the stack's environment exactly as on AWS,
 * primed as a SnapStart snapshot would be, and closed with its clients.
 */
public final class LocalConnectHandler implements AutoCloseable {

  private final AwsClients clients;
  private final ConnectHandler handler;

  private LocalConnectHandler(AwsClients clients, ConnectHandler handler) {
    this.clients = clients;
    this.handler = handler;
  }

  /**
   * @param environment the variables the handler's Lambda would have (names, region, endpoints)
   */
  public static LocalConnectHandler start(Map<String, String> environment) {
    ConnectConfig config = ConnectConfig.from(environment);
    VanityEngine quick = VanityEngine.load(Profile.QUICK);
    AwsClients clients = ConnectComposition.clients(config);
    new SnapStartPriming(config, quick).prime();
    return new LocalConnectHandler(
        clients, new ConnectHandler(ConnectComposition.lookup(config, clients, quick)));
  }

  public ConnectHandler handler() {
    return handler;
  }

  @Override
  public void close() {
    clients.close();
  }
}
