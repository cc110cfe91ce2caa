package org.cunzhi.examples.district;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.PluginFailureException;
import org.cunzhi.core.UnknownStandardException;
import org.cunzhi.spi.NoApplicableStandardException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON interface as RFC 9457 problem details ({@code application/problem+json}).
 * A dossier's problems are all listed, each with its JSON Pointer; an unknown standard names the
 * known ones. Never a stack trace, and never a person's data: the library's messages carry none
 * (S-6). Spring's own errors (a wrong method, an unsupported media type) are problem details too,
 * through {@link SpringProblems}.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
public class Problems {
  static final URI INVALID_DOSSIER = URI.create("urn:cunzhi:problem:invalid-dossier");
  static final URI UNKNOWN_STANDARD = URI.create("urn:cunzhi:problem:unknown-standard");
  static final URI NO_STANDARD_APPLIES = URI.create("urn:cunzhi:problem:no-applicable-standard");
  static final URI BAD_DISTRICT = URI.create("urn:cunzhi:problem:bad-district");
  static final URI NO_SUCH_EVALUATION = URI.create("urn:cunzhi:problem:no-such-evaluation");
  static final URI NOT_STORED = URI.create("urn:cunzhi:problem:not-stored");
  static final URI BAD_LANGUAGE = URI.create("urn:cunzhi:problem:bad-language");

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  @ExceptionHandler
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST,
            INVALID_DOSSIER,
            "Invalid dossier",
            e.violations().size() == 1
                ? "the dossier has 1 problem"
                : "the dossier has " + e.violations().size() + " problems");
    List<Map<String, String>> violations =
        e.violations().stream()
            .map(v -> Map.of("pointer", v.pointer(), "message", v.message()))
            .toList();
    p.setProperty("violations", violations);
    return p;
  }

  @ExceptionHandler
  ProblemDetail unknownStandard(UnknownStandardException e) {
    ProblemDetail p =
        problem(HttpStatus.NOT_FOUND, UNKNOWN_STANDARD, "Unknown standard", e.getMessage());
    p.setProperty("standard", e.id());
    p.setProperty("knownIds", List.copyOf(e.knownIds()));
    return p;
  }

  @ExceptionHandler
  ProblemDetail noStandardApplies(NoApplicableStandardException e) {
    ProblemDetail p =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            NO_STANDARD_APPLIES,
            "No standard applies",
            e.getMessage());
    p.setProperty("code", e.code().value());
    p.setProperty("kind", e.kind().name());
    return p;
  }

  @ExceptionHandler
  ProblemDetail pluginFailure(PluginFailureException e) {
    return problem(
        HttpStatus.CONFLICT,
        URI.create("urn:cunzhi:problem:plugin-failure"),
        "Standard not available",
        e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail badDistrict(DistrictPrefix.BadPrefixException e) {
    return problem(HttpStatus.BAD_REQUEST, BAD_DISTRICT, "Bad district", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail badLanguage(Reports.BadLanguageException e) {
    return problem(HttpStatus.BAD_REQUEST, BAD_LANGUAGE, "Bad language", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail noSuchEvaluation(ApiController.NoSuchEvaluationException e) {
    return problem(HttpStatus.NOT_FOUND, NO_SUCH_EVALUATION, "No such evaluation", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail notStored(DataAccessException e) {
    LOG.error("an evaluation could not be stored: {}", e.getClass().getName());
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        NOT_STORED,
        "Not stored",
        "the evaluation could not be stored; nothing of it was kept");
  }

  @ExceptionHandler
  ProblemDetail internal(RuntimeException e) {
    LOG.error("a request failed", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        URI.create("urn:cunzhi:problem:internal"),
        "Internal error",
        "the request failed inside the service; nothing of it was stored");
  }

  /**
   * Spring MVC's own errors, wherever they arise, as problem details; asked first, so that a
   * request Spring refuses never reaches the catch-all above.
   */
  @RestControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class SpringProblems extends ResponseEntityExceptionHandler {}

  private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type);
    p.setTitle(title);
    return p;
  }
}
