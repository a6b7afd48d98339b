package com.vanitycall.core.dictionary;

import java.io.IOException;
import java.io.InputStream;

/** Reads one of the dictionary files shipped in this package's resources. */
final class ShippedResource {

  private ShippedResource() {}

  /** Where {@code symbol} next stands in the resource's text from {@code from} on. */
  static int indexOf(byte[] text, char symbol, int from, String resource) {
    for (int i = from; i < text.length; i++) {
      if (text[i] == symbol) {
        return i;
      }
    }
    throw new DictionaryLoadException(resource + " ends in the middle of a line");
  }

  /** The decimal number from {@code from} (inclusive) to {@code to}; 0 when empty. */
  static int number(byte[] text, int from, int to, String resource) {
    int value = 0;
    for (int i = from; i < to; i++) {
      byte digit = text[i];
      if (digit < '0' || digit > '9') {
        throw new DictionaryLoadException(resource + " holds a non-digit in a number");
      }
      value = value * 10 + (digit - '0');
    }
    return value;
  }

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
