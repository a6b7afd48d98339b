package com.vanitycall.cli.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaCodesTest {

  @Test
  void aCounterKey_isShownWithItsCountryCodeApart() {
    assertThat(AreaCodes.display("1800")).isEqualTo("+1 800");
    assertThat(AreaCodes.display("1312")).isEqualTo("+1 312");
    assertThat(AreaCodes.display("4420")).isEqualTo("+44 20");
    assertThat(AreaCodes.display("35321")).isEqualTo("+353 21");
  }

  @Test
  void callsWithoutANumber_sayso() {
    assertThat(AreaCodes.display("none")).isEqualTo("(no number)");
  }
}
