package org.cunzhi.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cunzhi.core.model.DivisionCode;
import org.junit.jupiter.api.Test;

class DistrictPrefixTest {

  @Test
  void parse_oneToTwelveDigits() {
    assertThat(DistrictPrefix.parse("1").digits()).isEqualTo("1");
    assertThat(DistrictPrefix.parse("120119105201").digits()).isEqualTo("120119105201");
  }

  @Test
  void parse_emptyOrThirteenDigits_isRefused() {
    assertThatThrownBy(() -> DistrictPrefix.parse(""))
        .isInstanceOf(DistrictPrefix.BadPrefixException.class);
    assertThatThrownBy(() -> DistrictPrefix.parse("1201191052011"))
        .isInstanceOf(DistrictPrefix.BadPrefixException.class)
        .hasMessageContaining("\"1201191052011\"");
  }

  @Test
  void parse_anythingButAsciiDigits_isRefused() {
    for (String bad : new String[] {"12011x", "120 119", "１２０１１９", "%", "12_"}) {
      assertThatThrownBy(() -> DistrictPrefix.parse(bad))
          .as(bad)
          .isInstanceOf(DistrictPrefix.BadPrefixException.class);
    }
  }

  @Test
  void districtOf_isTheCodesFirstSixDigits_andContainsIt() {
    DivisionCode code = DivisionCode.parse("120119105201");
    DistrictPrefix district = DistrictPrefix.districtOf(code);

    assertThat(district.digits()).isEqualTo("120119");
    assertThat(district.contains(code)).isTrue();
    assertThat(DistrictPrefix.parse("120120").contains(code)).isFalse();
  }
}
