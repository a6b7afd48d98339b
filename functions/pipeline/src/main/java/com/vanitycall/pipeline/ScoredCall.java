package com.vanitycall.pipeline;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call event and its deep best vanities.
 *
 * @param event the event as the Connect handler published it
 * @param number the caller's number, present exactly when the event is VALID
 * @param best the deep best vanities, best first; empty without a number
 * @param dictionaryVersion the word data that scored them
 */
public record ScoredCall(
    CallEvent event, Optional<PhoneNumber> number, List<Vanity> best, String dictionaryVersion)
    implements ScoreOutcome {

  public ScoredCall {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    best = List.copyOf(best);
    if (number.isPresent() != (event.callerStatus() == CallerStatus.VALID)) {
      throw new IllegalArgumentException("a scored call has a number exactly when it is VALID");
    }
    if (number.isEmpty() && !best.isEmpty()) {
      throw new IllegalArgumentException("only a number has vanities");
    }
  }
}
