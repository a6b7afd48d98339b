package com.vanitycall.pipeline.deepscore;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.LetterPayload;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the deep scoring made of one stream record: a call event scored ({@code SCORED}), or a
 * record that is not one ({@code MALFORMED}, for the dead letters).
 */
public sealed interface ScoreOutcome {

  /**
   * A call event and its deep best vanities.
   *
   * @param event the event as the Connect handler published it
   * @param number the caller's number, present exactly when the event is VALID
   * @param best the deep best vanities, best first; empty without a number
   * @param worthSaying those of {@code best} worth saying, the next call's options
   * @param dictionaryVersion the word data that scored them
   */
  record Scored(
      CallEvent event,
      Optional<PhoneNumber> number,
      List<Vanity> best,
      List<Vanity> worthSaying,
      String dictionaryVersion)
      implements ScoreOutcome {

    public Scored {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
      best = List.copyOf(best);
      worthSaying = List.copyOf(worthSaying);
      if (number.isPresent() != (event.callerStatus() == CallerStatus.VALID)) {
        throw new IllegalArgumentException("a scored call has a number exactly when it is VALID");
      }
      if (number.isEmpty() && !best.isEmpty()) {
        throw new IllegalArgumentException("only a number has vanities");
      }
    }
  }

  /**
   * A stream record that is not a call event this pipeline can process: it goes to the dead
   * letters.
   *
   * @param reason why, in words an operator can act on
   * @param payload what the dead letter keeps of the record's data: its bytes as they were
   */
  record Malformed(String reason, LetterPayload payload) implements ScoreOutcome {

    public Malformed {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a malformed record needs a reason");
      }
      Objects.requireNonNull(payload, "payload");
    }
  }
}
