package com.example.district;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.SpiVersion;
import org.cunzhi.spi.StandardProvider;

/**
 * The example district's demonstration-village standard: the Tianjin municipal standard, with the
 * awareness rate raised to at least 95% and one criterion of the district's own, the association's
 * yearly member congress (D-PROC-5). It only tightens its base, so Cunzhi chooses it automatically
 * for the district's villages (D-ADM-5).
 */
public final class DistrictStandards implements StandardProvider {
  /** The district's texts, in Chinese and English. */
  static final Messages MESSAGES =
      Messages.load(DistrictStandards.class, "/META-INF/cunzhi/example-district/messages");

  /** The id of the district's standard. */
  public static final String ID = "example-district.demonstration-village";

  /** The standard it refines. */
  public static final String BASE = "tianjin.demonstration-village";

  /** The district's document the standard implements. */
  static final String DOCUMENT = "示例区卫健委〔2025〕1号";

  @Override
  public List<Standard> standards(ProviderContext context) {
    LocalizedText title = MESSAGES.text("standard.title");
    return List.of(
        Standard.builder(ID)
            .version("2025")
            .title(title.zh(), title.en())
            .authority("示例区卫生健康委员会")
            .documentNumber(DOCUMENT)
            .effective(LocalDate.of(2025, 1, 1), null)
            .level(JurisdictionLevel.COUNTY)
            .applicability(Applicability.of(UnitKind.VILLAGE, "120119"))
            .extending(BASE)
            .set("awareness-rate", ">= 95%")
            .criteria(List.of(MemberCongress.criterion()))
            .build());
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }
}
