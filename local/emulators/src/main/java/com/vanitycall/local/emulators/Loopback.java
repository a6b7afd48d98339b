package com.vanitycall.local.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Ports on 127.0.0.1: finding a free one, and waiting for a server to listen on one. */
public final class Loopback {

  public static final String HOST = "127.0.0.1";

  private Loopback() {}

  /** A port that was free a moment ago. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  /**
   * Refuses a port something already listens on, naming it and the option that chooses another.
   *
   * @throws EmulatorStartException if the port is taken
   */
  public static void requireFree(String what, int port, String option) {
    if (isListening(port)) {
      throw new EmulatorStartException(
          what
              + " cannot listen on port "
              + port
              + ": it is in use (another ./vanitycall up, or another program); choose another with "
              + option);
    }
  }

  /** The deepest cause's message: what a person can act on, in one line. */
  public static String rootCause(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  /** True if something accepts connections on the port. */
  public static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Waits until the port accepts connections.
   *
   * @param stillStarting false as soon as the server is known to have failed, to stop waiting early
   * @throws EmulatorStartException if the deadline passes first
   */
  public static void awaitListening(
      String what, int port, Duration deadline, BooleanSupplier stillStarting) {
    long giveUpAt = System.nanoTime() + deadline.toNanos();
    while (!isListening(port)) {
      if (!stillStarting.getAsBoolean()) {
        throw new EmulatorStartException(what + " exited before listening on port " + port);
      }
      if (System.nanoTime() > giveUpAt) {
        throw new EmulatorStartException(
            what + " did not listen on port " + port + " within " + deadline.toMillis() + " ms");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmulatorStartException("interrupted while waiting for " + what);
      }
    }
  }
}
