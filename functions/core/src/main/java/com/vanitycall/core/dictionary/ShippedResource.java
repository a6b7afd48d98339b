package com.vanitycall.core.dictionary;

import java.io.IOException;
import java.io.InputStream;

/** Reads one of the dictionary files shipped in this package's resources. */
final class ShippedResource {

  private ShippedResource() {}

  static byte[] read(String name) {
    try (InputStream in = ShippedResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new DictionaryLoadException("the dictionary resource " + name + " is not shipped");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new DictionaryLoadException("cannot read the dictionary resource " + name, e);
    }
  }
}
