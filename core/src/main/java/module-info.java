/** Cunzhi's domain model, exact rate arithmetic and standards engine. */
module org.cunzhi.core {
  requires transitive org.jspecify;
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports org.cunzhi.core;
  exports org.cunzhi.core.model;
  exports org.cunzhi.core.evaluation;
  exports org.cunzhi.core.rate;
  exports org.cunzhi.core.rule;
  exports org.cunzhi.core.standard;
  exports org.cunzhi.core.validation;
  // Internal: the validation plumbing, for the JSON reader, the assessor and the kit only.
  exports org.cunzhi.core.internal.validation to
      org.cunzhi.json,
      org.cunzhi.spi,
      org.cunzhi.spi.tck;

  // Internal: how a report writer is told which pieces of a text are literal, for the JSON writer.
  exports org.cunzhi.core.internal.text to
      org.cunzhi.json;

  opens org.cunzhi.core.internal.validation to
      org.hibernate.validator;
  opens org.cunzhi.core.model to
      org.hibernate.validator;
}
