package org.cunzhi.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The benchmarks of {@link DossierBenchmarks}, timed by the CPU time of the measuring thread
 * instead of the wall clock: on a machine shared with other work, wall-clock throughput says as
 * much about the neighbours as about the code, while CPU time per operation stays put. {@code java
 * -Xmx2g -cp benchmarks/target/benchmarks.jar org.cunzhi.benchmarks.CpuRatios [SECONDS [COUNT]]}:
 * each benchmark warmed up, then measured, for SECONDS of CPU time each (default 5), on taizi and
 * on COUNT generated dossiers (default 10,000); prints operations per CPU-second and the ratios the
 * issue asks for. A rough check beside JMH's numbers, not a replacement for them.
 *
 * <p>{@code -Dcpuratios.stages=read,readingFloor} runs only the named stages and {@code
 * -Dcpuratios.dossiers=taizi} only the named inputs (both comma-separated; every one by default),
 * for measuring one stage while changing it. A ratio whose stages were not run prints as NaN.
 */
public final class CpuRatios {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuRatios() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Set<String> only = names(System.getProperty("cpuratios.stages"));
    Set<String> inputs = names(System.getProperty("cpuratios.dossiers"));
    for (String dossiers : new String[] {"taizi", "generated"}) {
      if (!inputs.isEmpty() && !inputs.contains(dossiers)) {
        continue;
      }
      DossierBenchmarks b = new DossierBenchmarks();
      b.dossiers = dossiers;
      b.count = count;
      b.setUp();
      Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
      stages.put("floor", b::floor);
      stages.put("readingFloor", b::readingFloor);
      stages.put("read", b::read);
      stages.put("evaluate", b::evaluate);
      stages.put("verdictOnly", b::verdictOnly);
      stages.put("renderJson", b::renderJson);
      stages.put("renderText", b::renderText);
      stages.put("endToEnd", b::endToEnd);
      Map<String, Double> rates = new LinkedHashMap<>();
      for (Map.Entry<String, Supplier<Object>> stage : stages.entrySet()) {
        if (!only.isEmpty() && !only.contains(stage.getKey())) {
          continue;
        }
        run(stage.getValue(), seconds); // warm-up
        double rate = run(stage.getValue(), seconds);
        rates.put(stage.getKey(), rate);
        System.out.printf(
            Locale.ROOT,
            "%-10s %-13s %,14.0f ops per CPU-second%n",
            dossiers,
            stage.getKey(),
            rate);
      }
      double floor = rates.getOrDefault("floor", Double.NaN);
      double readingFloor = rates.getOrDefault("readingFloor", Double.NaN);
      System.out.printf(
          Locale.ROOT,
          "%-10s evaluate/floor %.1f×, verdictOnly/floor %.1f×, read/readingFloor %.2f×,"
              + " endToEnd/readingFloor %.2f× (times slower)%n",
          dossiers,
          floor / rates.getOrDefault("evaluate", Double.NaN),
          floor / rates.getOrDefault("verdictOnly", Double.NaN),
          readingFloor / rates.getOrDefault("read", Double.NaN),
          readingFloor / rates.getOrDefault("endToEnd", Double.NaN));
    }
  }

  /** The comma-separated names in {@code value}; empty (meaning all) when it is null or blank. */
  private static Set<String> names(@Nullable String value) {
    Set<String> names = new LinkedHashSet<>();
    if (value != null) {
      for (String name : value.split(",", -1)) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    return names;
  }

  /** Operations per CPU-second of this thread, running {@code stage} for {@code seconds}. */
  private static double run(Supplier<Object> stage, double seconds) {
    long budget = (long) (seconds * 1e9);
    long start = THREADS.getCurrentThreadCpuTime();
    long ops = 0;
    long used;
    int sink = 0;
    do {
      for (int i = 0; i < 64; i++) {
        sink += System.identityHashCode(stage.get()) & 1;
      }
      ops += 64;
      used = THREADS.getCurrentThreadCpuTime() - start;
    } while (used < budget);
    if (sink < 0) {
      System.out.println(sink);
    }
    return ops / (used / 1e9);
  }
}
