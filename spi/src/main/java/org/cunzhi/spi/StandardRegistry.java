package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cunzhi.core.PluginFailureException;
import org.cunzhi.core.UnknownStandardException;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.Standards;

/**
 * The standards that the installed plugins offer, loaded once: immutable and safe to share between
 * threads.
 *
 * <p>Loading never throws for a plugin's fault. Each fault becomes a {@link LoadProblem} and costs
 * only what it touches:
 *
 * <ul>
 *   <li>a provider that cannot be loaded or instantiated, declares an SPI version this host cannot
 *       run, or fails to list its standards offers nothing;
 *   <li>a standard id offered more than once (by two providers, or twice by one) is left out
 *       altogether, since neither offer can be trusted to be the one meant; {@link #get} then says
 *       so, naming the providers, and {@link #problemsWith} gives the problems that say why;
 *   <li>a standard whose {@code extends} base is missing, in a cycle, or cannot be joined to it
 *       stays, without its base, and so can never MEET.
 * </ul>
 *
 * <p>A standard that extends a base offered by any provider is replaced by the standard joined to
 * its base ({@link Standard#withBase}), bases first, so the registry holds complete standards.
 *
 * <p>The registry remembers where each provider came from ({@link #sourceOf}), and each problem
 * names the jar or folder at fault ({@link LoadProblem#location()}), so that whoever installs
 * plugins knows which file to remove or replace.
 */
public final class StandardRegistry {
  private static final String CLASS_NAME = "([\\p{L}\\p{N}_$.]+)";

  /** Where ServiceLoader's messages name the provider class (JDK 17 wording). */
  private static final Pattern PROVIDER_NAME =
      Pattern.compile(
          String.join(
              "|",
              "\\bProvider " + CLASS_NAME,
              CLASS_NAME + " not a subtype",
              CLASS_NAME + " Unable to get",
              "\\bclass " + CLASS_NAME));

  private final ImmutableSortedMap<String, Standard> standards;
  private final ImmutableMap<String, String> providerOf;
  private final ImmutableMap<String, String> sourceOf;
  private final ImmutableMap<String, LoadProblem> leftOut;
  private final ImmutableList<LoadProblem> problems;
  private final ImmutableSortedSet<String> criterionIds;
  private final ImmutableListMultimap<String, LoadProblem> problemsWith;

  private StandardRegistry(Loading loading) {
    this.standards = ImmutableSortedMap.copyOf(loading.resolved);
    ImmutableSortedSet.Builder<String> ids = ImmutableSortedSet.naturalOrder();
    for (Standard s : standards.values()) {
      for (Criterion c : s.allCriteria()) {
        ids.add(c.id());
      }
    }
    this.criterionIds = ids.build();
    this.providerOf = ImmutableMap.copyOf(loading.providerOf);
    this.sourceOf = ImmutableMap.copyOf(loading.sourceOf);
    this.leftOut = ImmutableMap.copyOf(loading.leftOut);
    this.problems = ImmutableList.copyOf(loading.problems);
    this.problemsWith = ImmutableListMultimap.copyOf(loading.problemsWith);
  }

  /**
   * The registry of the providers that {@link ServiceLoader} finds: through {@code provides} on the
   * module path and through {@code META-INF/services} on the class path of the thread's context
   * class loader.
   */
  public static StandardRegistry discover() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return discover(context == null ? ClassLoader.getSystemClassLoader() : context);
  }

  /**
   * The registry of the providers that {@link ServiceLoader} finds through {@code loader}: a host
   * that loads plugin jars from a folder passes a {@link java.net.URLClassLoader} over them, whose
   * parent sees the bundled plugins, so that both are found and checked against each other.
   */
  public static StandardRegistry discover(ClassLoader loader) {
    requireNonNull(loader, "loader");
    return load(ServiceLoader.load(StandardProvider.class, loader), loader);
  }

  /** The registry of {@code providers}, in that order; for tests and embedders. */
  public static StandardRegistry of(List<? extends StandardProvider> providers) {
    Loading loading = new Loading();
    for (StandardProvider provider : List.copyOf(providers)) {
      loading.offer(provider);
    }
    return new StandardRegistry(loading.finish());
  }

  private static StandardRegistry load(
      ServiceLoader<StandardProvider> services, ClassLoader loader) {
    Loading loading = new Loading();
    Spliterator<ServiceLoader.Provider<StandardProvider>> entries = services.stream().spliterator();
    boolean more = true;
    while (more) {
      try {
        more = entries.tryAdvance(entry -> instantiate(entry, loading));
      } catch (ServiceConfigurationError e) {
        // The service entry itself is broken (e.g. names a missing class); the loader moves past
        // it.
        String name = providerNameIn(e);
        loading.problem(
            LoadProblem.Kind.LOAD_FAILED,
            name,
            name.equals(LoadProblem.UNKNOWN_PROVIDER)
                ? LoadProblem.UNKNOWN_LOCATION
                : CodeLocation.ofServiceEntry(loader, name),
            "the provider could not be loaded (" + withoutServicePrefix(e) + ")");
      } catch (LinkageError e) {
        // A provider class that names a class its jar lacks (a missing dependency): the loader
        // throws the error itself, without naming the provider, and moves past the entry.
        loading.problem(
            LoadProblem.Kind.LOAD_FAILED,
            LoadProblem.UNKNOWN_PROVIDER,
            LoadProblem.UNKNOWN_LOCATION,
            "a provider could not be loaded: loading it threw " + describe(e));
      }
    }
    return new StandardRegistry(loading.finish());
  }

  private static void instantiate(ServiceLoader.Provider<StandardProvider> entry, Loading loading) {
    Class<? extends StandardProvider> type = entry.type();
    StandardProvider provider;
    try {
      provider = entry.get();
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      Throwable cause =
          e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
      loading.problem(
          LoadProblem.Kind.LOAD_FAILED,
          type.getName(),
          CodeLocation.of(type),
          "the provider could not be instantiated: it threw " + describe(cause));
      return;
    }
    loading.offer(provider);
  }

  /** Every standard offered, complete with its base where it has one, ordered by id. */
  public List<Standard> standards() {
    return standards.values().asList();
  }

  /**
   * The id of every criterion of every standard the registry holds, their bases' included, in
   * order. An evaluator given them ({@link
   * org.cunzhi.core.evaluation.Evaluator#withInstalledCriteria}) tells an inspection finding on
   * another installed standard's criterion from one naming a criterion that no installed standard
   * has, perhaps a misspelt id (DOMAIN S-7). A standard left out (its id offered twice) adds none.
   */
  public Set<String> criterionIds() {
    return criterionIds;
  }

  /** The standard {@code id}, if a provider offers it. */
  public Optional<Standard> find(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(standards.get(id));
  }

  /**
   * The standard {@code id}.
   *
   * @throws UnknownStandardException listing the known ids, when no provider offers it
   * @throws PluginFailureException naming a provider, when more than one offers it and so it was
   *     left out; its message names the others, and {@link #problemsWith} gives one problem for
   *     each of them
   */
  public Standard get(String id) {
    Standard standard = standards.get(requireNonNull(id, "id"));
    if (standard != null) {
      return standard;
    }
    LoadProblem why = leftOut.get(id);
    if (why != null) {
      throw why.toException();
    }
    throw new UnknownStandardException(id, standards.keySet());
  }

  /** The fully qualified class name of the provider that offers the standard {@code id}. */
  public Optional<String> providerOf(String id) {
    requireNonNull(id, "id");
    return standards.containsKey(id) ? Optional.ofNullable(providerOf.get(id)) : Optional.empty();
  }

  /**
   * Where the provider that offers the standard {@code id} was loaded from: the jar or folder of
   * its class (its code source, or its module's location on the module path), as a file-system path
   * when it is on one; empty when no provider offers it, or the location cannot be told.
   */
  public Optional<String> sourceOf(String id) {
    requireNonNull(id, "id");
    String source = standards.containsKey(id) ? sourceOf.get(id) : null;
    return source == null || source.equals(LoadProblem.UNKNOWN_LOCATION)
        ? Optional.empty()
        : Optional.of(source);
  }

  /** What went wrong while loading, in the order met; empty when nothing did. */
  public List<LoadProblem> problems() {
    return problems;
  }

  /**
   * The problems about the standard {@code id}, in the order met: for an id left out because more
   * than one provider offers it, one {@link LoadProblem.Kind#DUPLICATE_ID} for each of them; for a
   * standard that stays without its base, why. Empty when nothing went wrong with it, or no
   * provider offers it.
   */
  public List<LoadProblem> problemsWith(String id) {
    return problemsWith.get(requireNonNull(id, "id"));
  }

  /**
   * The standards of {@code purpose} that apply to {@code unit} and are in effect on {@code date},
   * in order of precedence (D-ADM-4); see {@link Selection}.
   */
  public Selection select(Unit unit, LocalDate date, String purpose) {
    return Selection.of(unit, date, purpose, standards());
  }

  @Override
  public String toString() {
    return "StandardRegistry[" + standards.keySet() + ", " + problems.size() + " problem(s)]";
  }

  private static String providerNameIn(ServiceConfigurationError e) {
    Matcher m = PROVIDER_NAME.matcher(String.valueOf(e.getMessage()));
    if (!m.find()) {
      return LoadProblem.UNKNOWN_PROVIDER;
    }
    for (int group = 1; group <= m.groupCount(); group++) {
      String name = m.group(group);
      if (name != null) {
        return name;
      }
    }
    return LoadProblem.UNKNOWN_PROVIDER;
  }

  private static String withoutServicePrefix(ServiceConfigurationError e) {
    String message = String.valueOf(e.getMessage());
    String prefix = StandardProvider.class.getName() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null
        ? t.getClass().getName()
        : t.getClass().getName() + " (" + t.getMessage() + ")";
  }

  /** The state of one load, confined to the loading thread. */
  private static final class Loading {
    private final List<LoadProblem> problems = new ArrayList<>();
    private final Map<String, List<Offer>> offers = new TreeMap<>();
    private final Map<String, String> providerOf = new HashMap<>();
    private final Map<String, String> sourceOf = new HashMap<>();
    private final Map<String, LoadProblem> leftOut = new HashMap<>();
    private final ListMultimap<String, LoadProblem> problemsWith =
        MultimapBuilder.treeKeys().arrayListValues().build();
    private final Map<String, Standard> declared = new TreeMap<>();
    private final Map<String, Standard> resolved = new TreeMap<>();

    LoadProblem problem(
        LoadProblem.Kind kind, String providerClass, String location, String message) {
      LoadProblem p = new LoadProblem(kind, providerClass, message, location);
      problems.add(p);
      return p;
    }

    void offer(StandardProvider provider) {
      String name = provider.getClass().getName();
      String location = CodeLocation.of(provider.getClass());
      SpiVersion version;
      try {
        version = requireNonNull(provider.spiVersion(), "spiVersion() returned null");
      } catch (RuntimeException | LinkageError e) {
        problem(
            LoadProblem.Kind.INCOMPATIBLE_VERSION,
            name,
            location,
            "its SPI version could not be read: spiVersion() threw " + describe(e));
        return;
      }
      if (!SpiVersion.CURRENT.canRun(version)) {
        problem(
            LoadProblem.Kind.INCOMPATIBLE_VERSION,
            name,
            location,
            "it was built against SPI "
                + version
                + ", but this host runs SPI "
                + SpiVersion.CURRENT
                + " and accepts "
                + SpiVersion.CURRENT.major()
                + ".0 to "
                + SpiVersion.CURRENT
                + " only");
        return;
      }
      List<Standard> offered;
      try {
        offered = provider.standards(ProviderContext.current());
      } catch (RuntimeException | LinkageError | AssertionError e) {
        problem(
            LoadProblem.Kind.STANDARDS_FAILED,
            name,
            location,
            "standards() threw " + describe(e) + ", so none of its standards are used");
        return;
      }
      if (offered == null) {
        problem(LoadProblem.Kind.STANDARDS_FAILED, name, location, "standards() returned null");
        return;
      }
      List<Standard> copy = new ArrayList<>(offered);
      int nullAt = copy.indexOf(null);
      if (nullAt >= 0) {
        problem(
            LoadProblem.Kind.STANDARDS_FAILED,
            name,
            location,
            "standards() returned null at index " + nullAt + ", so none of its standards are used");
        return;
      }
      for (Standard s : copy) {
        offers.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(new Offer(name, location, s));
      }
    }

    Loading finish() {
      offers.forEach(this::settle);
      Standards.Resolution resolution = Standards.resolve(declared.values());
      for (Standard s : resolution.standards()) {
        resolved.put(s.id(), s);
      }
      for (Standards.Problem p : resolution.problems()) {
        String id = p.standardId();
        String provider = requireNonNull(providerOf.get(id), id);
        String location = requireNonNull(sourceOf.get(id), id);
        problemsWith.put(
            id,
            problem(
                kindOf(p), provider, location, p.message() + why(p) + ", so it can never MEET"));
      }
      return this;
    }

    private static LoadProblem.Kind kindOf(Standards.Problem p) {
      return switch (p.kind()) {
        case CYCLE -> LoadProblem.Kind.BASE_CYCLE;
        case INCOMPATIBLE_BASE -> LoadProblem.Kind.BASE_INCOMPATIBLE;
        case MISSING_BASE, AMBIGUOUS_BASE, UNRESOLVED_BASE -> LoadProblem.Kind.BASE_MISSING;
      };
    }

    /** Why a base is missing, as far as the registry knows more than the resolver. */
    private String why(Standards.Problem p) {
      if (p.kind() != Standards.Problem.Kind.MISSING_BASE) {
        return "";
      }
      String base =
          requireNonNull(declared.get(p.standardId()), p.standardId()).baseId().orElse("");
      return leftOut.containsKey(base)
          ? " (it was left out because more than one provider offers it)"
          : " (no provider offers it)";
    }

    private void settle(String id, List<Offer> offered) {
      if (offered.size() == 1) {
        Offer offer = offered.get(0);
        declared.put(id, offer.standard());
        providerOf.put(id, offer.provider());
        sourceOf.put(id, offer.location());
        return;
      }
      Map<String, String> locations = new LinkedHashMap<>();
      offered.forEach(o -> locations.putIfAbsent(o.provider(), o.location()));
      for (Map.Entry<String, String> provider : locations.entrySet()) {
        String message =
            locations.size() == 1
                ? "it offers the standard id \"" + id + "\" more than once, so that id is left out"
                : "it offers the standard id \""
                    + id
                    + "\", which "
                    + String.join(" and ", others(locations, provider.getKey()))
                    + " also offer"
                    + (locations.size() == 2 ? "s" : "")
                    + ", so that id is left out";
        LoadProblem p =
            problem(LoadProblem.Kind.DUPLICATE_ID, provider.getKey(), provider.getValue(), message);
        problemsWith.put(id, p);
        leftOut.putIfAbsent(id, p);
      }
    }

    /** The providers other than {@code name}, each with the jar it came from when known. */
    private static List<String> others(Map<String, String> locations, String name) {
      List<String> others = new ArrayList<>();
      locations.forEach(
          (provider, location) -> {
            if (!provider.equals(name)) {
              others.add(
                  location.equals(LoadProblem.UNKNOWN_LOCATION)
                      ? provider
                      : provider + " (" + CodeLocation.shortName(location) + ")");
            }
          });
      return others;
    }
  }

  /** One standard as one provider offered it, and where the provider came from. */
  private record Offer(String provider, String location, Standard standard) {}
}
