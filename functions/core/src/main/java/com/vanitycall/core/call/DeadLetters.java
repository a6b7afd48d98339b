package com.vanitycall.core.call;

/** Where what cannot be processed is kept, with its reason, instead of being lost. */
public interface DeadLetters {

  void send(DeadLetter letter);
}
