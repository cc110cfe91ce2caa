package com.example.county;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.SpiVersion;
import org.cunzhi.spi.StandardProvider;

/** The sample plugin of spi/README.md: an example county's integrity-village standard. */
public final class CountyStandards implements StandardProvider {
  static final Messages MESSAGES =
      Messages.load(CountyStandards.class, "/META-INF/cunzhi/example-county/messages");

  static final LegalReference NOTICE = LegalReference.of("示例县卫健委〔2025〕3号", "2025", "item 2");

  static final Parameter<Integer> PARTICIPANTS =
      new Parameter<>(
              "appraisal-participants",
              ParameterType.INTEGER,
              20,
              "people",
              NOTICE,
              MESSAGES.text("parameter.appraisal-participants"))
          .withRange(1, 500)
          .withStricter(Strictness.HIGHER);

  @Override
  public List<Standard> standards(ProviderContext context) {
    Criterion appraisal =
        Criterion.builder("example-county.integrity.appraisal")
            .title(MESSAGES.text("criterion.appraisal"))
            .reference(NOTICE)
            .check(new AppraisalCheck())
            .build();
    LocalizedText title = MESSAGES.text("standard.integrity-village");
    return List.of(
        Standard.builder("example-county.integrity-village")
            .version("2025")
            .title(title.zh(), title.en())
            .authority("示例县卫生健康委员会")
            .documentNumber("示例县卫健委〔2025〕3号")
            .effective(LocalDate.of(2025, 1, 1), null)
            .level(JurisdictionLevel.COUNTY)
            .purpose("integrity")
            .applicability(Applicability.of(UnitKind.VILLAGE, "120119"))
            .criteria(List.of(appraisal))
            .parameters(List.of(PARTICIPANTS))
            .build());
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }
}
