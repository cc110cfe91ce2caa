package org.cunzhi.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The shipped schema, loaded once into networknt's validator with format assertions on. */
final class SchemaCheck {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(DossierSchema.text(), InputFormat.JSON);

  private SchemaCheck() {}

  /** The schema's errors for a JSON document; empty when it conforms. */
  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }
}
