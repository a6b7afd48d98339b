package com.vanitycall.core.call;

/** Where what cannot be processed is kept, with its reason, instead of being lost. */
public interface DeadLetters {

  /**
   * Keeps nothing: for a rehearsal (SnapStart's priming, a transcript) that has no event to lose.
   */
  DeadLetters NOWHERE =
      new DeadLetters() {
        @Override
        public void send(DeadLetter letter) {}

        @Override
        public void keepForAnOperator(String id, DeadLetter letter) {}
      };

  /** Keeps a letter for a while: it expires after the retention its keeper was given. */
  void send(DeadLetter letter);

  /**
   * Keeps a letter that needs an operator (redrive or remove): it does not expire, and a letter of
   * the same {@code id} replaces it, so that a replayed record that fails again leaves one letter,
   * not two. The pipeline uses {@code pipeline-<sequenceNumber>}, as its state machine does.
   */
  void keepForAnOperator(String id, DeadLetter letter);
}
