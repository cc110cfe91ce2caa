package com.example.township;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Checks;
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

/**
 * The end-to-end test's plugin: an example township's standards, written only against the SPI and
 * core's checks. It offers a demonstration village standard, a model village standard that extends
 * it, and an integrity village standard that extends a prefecture's standard which no installed
 * plugin offers.
 */
public final class TownshipStandards implements StandardProvider {
  static final Messages MESSAGES =
      Messages.load(TownshipStandards.class, "/META-INF/cunzhi/example-township/messages");

  static final String DEMONSTRATION_VILLAGE = "example-township.demonstration-village";
  static final String MODEL_VILLAGE = "example-township.model-village";
  static final String INTEGRITY_VILLAGE = "example-township.integrity-village";

  /** The base of the integrity village standard, in a plugin that is not installed. */
  static final String PREFECTURE_VILLAGE = "example-prefecture.demonstration-village";

  static final String CONTRACEPTION = "example-township.village.contraception";
  static final String ZERO_TOLERANCE = "example-township.village.zero-tolerance";
  static final String FAMILIES = "example-township.village.families";
  static final String SERVICES = "example-township.village.services";
  static final String PRIVACY = "example-township.model.privacy";
  static final String FEES = "example-township.integrity.fees";

  static final String DOCUMENT = "示例镇政〔2025〕7号";

  /** Service activities the assessment year needs: 4. */
  static final Parameter<Integer> SERVICE_ACTIVITIES =
      new Parameter<>(
          "service-activities",
          ParameterType.POSITIVE_INTEGER,
          4,
          "activities",
          item(4),
          MESSAGES.text("parameter.service-activities"));

  /** The contraceptive rate each year of the window must reach: 90%; higher is stricter. */
  static final Parameter<Threshold> CONTRACEPTIVE_RATE =
      new Parameter<>(
              "contraceptive-rate",
              ParameterType.THRESHOLD,
              Threshold.atLeastPercent(90),
              "%",
              item(1),
              MESSAGES.text("parameter.contraceptive-rate"))
          .withRange(Threshold.atLeastPercent(0), Threshold.atLeastPercent(100))
          .withStricter(Strictness.HIGHER);

  /** The years the rules look back over: 3, from 1 to 10; more is stricter. */
  static final Parameter<Integer> WINDOW_YEARS =
      new Parameter<>(
              "window-years",
              ParameterType.POSITIVE_INTEGER,
              3,
              "years",
              item(1),
              MESSAGES.text("parameter.window-years"))
          .withRange(1, 10)
          .withStricter(Strictness.HIGHER);

  /** Weeks from which an induced abortion is late-term: 14, from 1 to 28; fewer is stricter. */
  static final Parameter<Integer> LATE_TERM_WEEKS =
      new Parameter<>(
              "late-term-weeks",
              ParameterType.POSITIVE_INTEGER,
              14,
              "weeks",
              item(2),
              MESSAGES.text("parameter.late-term-weeks"))
          .withRange(1, 28)
          .withStricter(Strictness.LOWER);

  @Override
  public List<Standard> standards(ProviderContext context) {
    Criterion contraception =
        Criterion.builder(CONTRACEPTION)
            .title(MESSAGES.text("criterion.contraception"))
            .reference(item(1))
            .check(
                Checks.rateInEachYear(
                    "contraceptive-rate",
                    y -> Rate.of(y.contraceptiveUsers(), y.marriedWomen15to49()),
                    CONTRACEPTIVE_RATE,
                    WINDOW_YEARS))
            .build();
    Criterion zeroTolerance =
        Criterion.builder(ZERO_TOLERANCE)
            .title(MESSAGES.text("criterion.zero-tolerance"))
            .reference(item(2))
            .veto(MESSAGES.text("veto.zero-tolerance"))
            .check(
                Checks.veto(
                    Checks.noIncidents(
                        WINDOW_YEARS,
                        LATE_TERM_WEEKS,
                        IncidentKind.NON_MEDICAL_SEX_DETERMINATION,
                        IncidentKind.SEX_SELECTIVE_ABORTION,
                        IncidentKind.FEMALE_INFANT_ABANDONMENT,
                        IncidentKind.INDUCED_ABORTION)))
            .build();
    Criterion families =
        Criterion.builder(FAMILIES)
            .title(MESSAGES.text("criterion.families"))
            .reference(item(3))
            .check(
                Checks.requires(
                    Section.BENEFITS,
                    Checks.notApplicableWhen(
                        c -> families(c.dossier()).identified() == 0,
                        MESSAGES.reason("families.none"),
                        Checks.equal(
                            "difficult-families-assisted",
                            Section.BENEFITS,
                            d -> families(d).assisted(),
                            d -> families(d).identified()))))
            .build();
    Criterion services =
        Criterion.builder(SERVICES)
            .title(MESSAGES.text("criterion.services"))
            .reference(item(4))
            .check(new ServiceActivitiesCheck())
            .build();
    Criterion privacy =
        Criterion.builder(PRIVACY)
            .title(MESSAGES.text("criterion.privacy"))
            .reference(item(5))
            .check(Checks.noPrivacyBreaches())
            .build();
    Criterion fees =
        Criterion.builder(FEES)
            .title(MESSAGES.text("criterion.fees"))
            .reference(item(6))
            .check(Checks.noUnlawfulFeesOrFines())
            .build();
    return List.of(
        village(DEMONSTRATION_VILLAGE, "standard.demonstration-village")
            .criteria(List.of(contraception, zeroTolerance, families, services))
            .parameters(
                List.of(CONTRACEPTIVE_RATE, WINDOW_YEARS, LATE_TERM_WEEKS, SERVICE_ACTIVITIES))
            .build(),
        village(MODEL_VILLAGE, "standard.model-village")
            .extending(DEMONSTRATION_VILLAGE)
            .criteria(List.of(privacy))
            .build(),
        village(INTEGRITY_VILLAGE, "standard.integrity-village")
            .extending(PREFECTURE_VILLAGE)
            .criteria(List.of(fees))
            .build());
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  /** A township village standard {@code id} of 2025, titled from the bundle's {@code key}. */
  static Standard.Builder village(String id, String key) {
    LocalizedText title = MESSAGES.text(key);
    return Standard.builder(id)
        .version("2025")
        .title(title.zh(), title.en())
        .authority("示例镇人民政府")
        .documentNumber(DOCUMENT)
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.TOWNSHIP)
        .applicability(Applicability.of(UnitKind.VILLAGE, "120119105"));
  }

  static LegalReference item(int n) {
    return LegalReference.of(DOCUMENT, "2025", "item " + n);
  }

  /** The families in difficulty; only read once the BENEFITS section is known to be present. */
  private static DifficultFamilies families(Dossier dossier) {
    return requireNonNull(dossier.benefits(), "benefits").difficultFamilies();
  }
}
