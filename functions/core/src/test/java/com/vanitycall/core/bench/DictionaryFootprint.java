package com.vanitycall.core.bench;

import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the heap a loaded engine keeps, per profile: used heap after a full collection with
 * {@value #COPIES} engines held, less the used heap before, divided by {@value #COPIES}. Run it
 * with {@code -XX:+UseSerialGC} for a steady reading.
 */
public final class DictionaryFootprint {

  private static final int COPIES = 4;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private DictionaryFootprint() {}

  public static void main(String[] args) {
    VanityEngine.load(Profile.QUICK);
    usedHeapAfterGc();
    for (Profile profile : Profile.values()) {
      long before = usedHeapAfterGc();
      List<VanityEngine> held = new ArrayList<>();
      for (int copy = 0; copy < COPIES; copy++) {
        held.add(VanityEngine.load(profile));
      }
      long retained = (usedHeapAfterGc() - before) / COPIES;
      System.out.printf(
          "%s dictionary: %,d words, %.1f MB of heap per loaded engine%n",
          profile, held.get(0).words(), retained / 1e6);
      Reference.reachabilityFence(held);
    }
  }

  private static long usedHeapAfterGc() {
    MEMORY.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
