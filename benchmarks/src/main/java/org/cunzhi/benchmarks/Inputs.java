package org.cunzhi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.spi.tck.Dossiers;

/**
 * The dossiers measured: the sample village {@code taizi-2025.json} (copied into the jar from
 * {@code examples/dossiers} by the build), and dossiers made by the conformance kit's generators
 * from a fixed seed, so that every run measures the same ones.
 */
final class Inputs {
  /** The seed of the generated dossiers. */
  static final long SEED = 20250101L;

  private Inputs() {}

  /** {@code taizi-2025.json} as UTF-8 bytes. */
  static byte[] taizi() {
    try (InputStream in = Inputs.class.getResourceAsStream("/dossiers/taizi-2025.json")) {
      if (in == null) {
        throw new IllegalStateException("dossiers/taizi-2025.json is not in the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Villages in Tianjin (division codes starting with 12), complete and incomplete half and half,
   * as the kit's {@link Dossiers#any(Arbitrary)} makes them.
   */
  static Arbitrary<Dossier> villages() {
    return Dossiers.any(Dossiers.units(UnitKind.VILLAGE, "12"));
  }

  /** {@code count} generated dossiers as one-line JSON, the same for the same seed. */
  static List<byte[]> generated(int count, long seed) {
    List<byte[]> out = new ArrayList<>(count);
    Generator generator = new Generator(seed);
    for (int i = 0; i < count; i++) {
      out.add(generator.next().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Generated dossiers one after another, as one-line JSON. */
  static final class Generator {
    private final Iterator<Dossier> dossiers;

    /**
     * Generated with jqwik's sampling outside a property, from this thread's source of randomness,
     * seeded first with {@code seed} (jqwik's engine offers no public way to pass a seed to a
     * sample stream, hence the reflective call).
     */
    Generator(long seed) {
      try {
        Class.forName("net.jqwik.engine.SourceOfRandomness")
            .getMethod("create", String.class)
            .invoke(null, Long.toString(seed));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("jqwik's engine could not be seeded", e);
      }
      this.dossiers = villages().sampleStream().iterator();
    }

    /** The next dossier's JSON, without a line break. */
    String next() {
      return org.cunzhi.json.DossierTreeWriter.write(dossiers.next());
    }
  }
}
