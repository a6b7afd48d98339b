package com.vanitycall.local.stack;

/**
 * The target answered a batch as processed, but the store does not hold what it wrote: the batch is
 * not done, its checkpoint does not move.
 */
final class BatchNotKeptException extends IllegalStateException {

  BatchNotKeptException(String message) {
    super(message);
  }
}
