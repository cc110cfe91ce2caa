package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SpiVersionProperties {

  @Property
  void parse_toString_roundTrips(
      @ForAll @IntRange(min = 1, max = 9999) int major,
      @ForAll @IntRange(min = 0, max = 9999) int minor) {
    SpiVersion version = SpiVersion.of(major, minor);

    assertThat(SpiVersion.parse(version.toString())).isEqualTo(version);
  }

  @Property
  void canRun_exactlyWhenSameMajorAndNoNewerMinor(
      @ForAll @IntRange(min = 1, max = 3) int hostMajor,
      @ForAll @IntRange(min = 0, max = 3) int hostMinor,
      @ForAll @IntRange(min = 1, max = 3) int pluginMajor,
      @ForAll @IntRange(min = 0, max = 3) int pluginMinor) {
    SpiVersion host = SpiVersion.of(hostMajor, hostMinor);
    SpiVersion plugin = SpiVersion.of(pluginMajor, pluginMinor);

    assertThat(host.canRun(plugin)).isEqualTo(hostMajor == pluginMajor && pluginMinor <= hostMinor);
    if (host.canRun(plugin)) {
      assertThat(plugin).isLessThanOrEqualTo(host);
    }
  }
}
