package com.vanitycall.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventPublisher;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link CallEventPublisher} must do; subclasses supply it and read back. */
abstract class CallEventPublisherContract {

  protected abstract CallEventPublisher publisher();

  /** Everything published so far, in order, as {@code partitionKey -> event}. */
  protected abstract List<Published> published();

  record Published(String partitionKey, CallEvent event) {}

  static CallEvent event(String eventId, CallerStatus status) {
    return new CallEvent(
        CallEvent.SCHEMA_VERSION,
        eventId,
        status == CallerStatus.VALID ? "+18003569377" : null,
        status,
        Instant.parse("2026-11-22T10:00:00Z"),
        status == CallerStatus.VALID
            ? List.of(new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 70, "FLOWERS"))
            : List.of(),
        status == CallerStatus.VALID ? VanitySource.QUICK : VanitySource.FALLBACK,
        420);
  }

  @Test
  void publish_putsEveryEventKeyedByItsEventId_withheldOnesToo() {
    CallEvent valid = event("contact-1", CallerStatus.VALID);
    CallEvent withheld = event("contact-2", CallerStatus.WITHHELD);

    publisher().publish(valid);
    publisher().publish(withheld);

    assertThat(published())
        .containsExactly(new Published("contact-1", valid), new Published("contact-2", withheld));
  }
}
