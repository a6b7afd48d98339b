package com.vanitycall.core.live;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Pushes a message to every connected page, and forgets the pages that have gone. The pages are
 * listed once per message and posted to several at a time, so that the time a message takes grows
 * with the pages divided by {@code postsInFlight}, not with the pages. One page that cannot be
 * reached does not keep the others from hearing of it.
 */
public final class LiveFeed {

  private static final System.Logger LOG = System.getLogger(LiveFeed.class.getName());

  private final LiveConnections connections;
  private final LiveChannel channel;
  private final int postsInFlight;

  /**
   * @param postsInFlight how many pages are posted to at once, at most
   */
  public LiveFeed(LiveConnections connections, LiveChannel channel, int postsInFlight) {
    if (postsInFlight < 1) {
      throw new IllegalArgumentException("postsInFlight must be at least 1: " + postsInFlight);
    }
    this.connections = connections;
    this.channel = channel;
    this.postsInFlight = postsInFlight;
  }

  /**
   * @return how many pages the message reached
   * @throws RuntimeException when the pages cannot be listed: nobody has heard of the message
   */
  public int publish(String message) {
    List<String> open = connections.open();
    if (open.isEmpty()) {
      return 0;
    }
    ExecutorService posting =
        Executors.newFixedThreadPool(
            Math.min(postsInFlight, open.size()),
            post -> {
              Thread thread = new Thread(post, "live-feed-post");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<CompletableFuture<Boolean>> posts =
          open.stream()
              .map(page -> CompletableFuture.supplyAsync(() -> post(page, message), posting))
              .toList();
      return (int) posts.stream().filter(CompletableFuture::join).count();
    } finally {
      posting.shutdownNow();
    }
  }

  /** True when the page was reached; a page that has gone is forgotten. */
  private boolean post(String page, String message) {
    try {
      if (channel.post(page, message)) {
        return true;
      }
      connections.remove(page);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a live page could not be reached: {0}", e.getMessage());
    }
    return false;
  }
}
