package org.cunzhi.examples.district;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a dossier, evaluates it and stores the evaluation with its reports, all or nothing: a
 * dossier that does not read, a standard that is not known or none that applies stores nothing, and
 * a failure while storing rolls the unit's row back with the evaluation's.
 */
@Service
public class Evaluations {
  private final DossierReader reader;
  private final Assessor assessor;
  private final ReportWriter writer;
  private final ReportWriter writerEn = ReportWriter.create(Language.EN);
  private final ReportPage page;
  private final EvaluationStore store;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public Evaluations(
      DossierReader reader,
      Assessor assessor,
      ReportWriter writer,
      ReportPage page,
      EvaluationStore store,
      TransactionTemplate transaction) {
    this.reader = reader;
    this.assessor = assessor;
    this.writer = writer;
    this.page = page;
    this.store = store;
    this.transaction = transaction;
    this.clock = Clock.systemUTC();
  }

  /**
   * Evaluates the dossier in {@code utf8} against {@code standardId}, or when that is null against
   * the standard chosen for its unit, and stores it.
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks its
   *     format or the model's rules
   * @throws org.cunzhi.core.UnknownStandardException when no plugin offers {@code standardId}
   * @throws org.cunzhi.spi.NoApplicableStandardException when none was named and none applies
   */
  public Stored evaluate(InputStream utf8, @Nullable String standardId) {
    Dossier dossier = reader.read(utf8);
    EvaluationResult result =
        standardId == null ? assessor.assess(dossier) : assessor.assessAgainst(standardId, dossier);
    Reports reports =
        new Reports(
            writer.write(result),
            page.render(result, Language.ZH),
            writerEn.write(result),
            page.render(result, Language.EN));
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    return new Stored(store(result, reports, now), result, reports);
  }

  /**
   * Stores in one transaction. When another request stores the same new unit at the same moment,
   * one of the two finds its row taken and is tried once more, now updating that row.
   */
  private long store(EvaluationResult result, Reports reports, OffsetDateTime now) {
    for (int attempt = 1; ; attempt++) {
      try {
        Long id =
            transaction.execute(
                status -> {
                  store.saveUnit(result.unit());
                  return store.insertEvaluation(result, reports, now);
                });
        if (id == null) {
          throw new IllegalStateException("the evaluation was not stored");
        }
        return id;
      } catch (DuplicateKeyException e) {
        if (attempt == 2) {
          throw e;
        }
      }
    }
  }

  /**
   * An evaluation just stored.
   *
   * @param id its id
   * @param result the result
   * @param reports its reports, JSON and HTML, in Chinese and English
   */
  public record Stored(long id, EvaluationResult result, Reports reports) {}
}
