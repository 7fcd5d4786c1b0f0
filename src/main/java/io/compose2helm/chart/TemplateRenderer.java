package io.compose2helm.chart;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Renders the chart's fixed-structure files (Helm templates, NOTES.txt, .helmignore) from
 * FreeMarker templates. Square-bracket syntax leaves Helm's {@code {{ }}} and shell {@code ${}}
 * untouched; a file in the user's template directory replaces the built-in one of the same path.
 */
public final class TemplateRenderer {

  /** The built-in templates, relative to the template root; output paths drop ".ftl". */
  static final List<String> BUILT_IN =
      List.of(
          "chart/.gitignore.ftl",
          "chart/.helmignore.ftl",
          "chart/templates/_helpers.tpl.ftl",
          "chart/templates/_pod.tpl.ftl",
          "chart/templates/NOTES.txt.ftl",
          "chart/templates/configmap.yaml.ftl",
          "chart/templates/files-configmap.yaml.ftl",
          "chart/templates/gateway.yaml.ftl",
          "chart/templates/hpa.yaml.ftl",
          "chart/templates/httproute.yaml.ftl",
          "chart/templates/ingress.yaml.ftl",
          "chart/templates/networkpolicy.yaml.ftl",
          "chart/templates/pdb.yaml.ftl",
          "chart/templates/pvc.yaml.ftl",
          "chart/templates/secret.yaml.ftl",
          "chart/templates/secretproviderclass.yaml.ftl",
          "chart/templates/service.yaml.ftl",
          "chart/templates/serviceaccount.yaml.ftl",
          "chart/templates/tests/test-connection.yaml.ftl",
          "chart/templates/workload.yaml.ftl");

  static {
    // FreeMarker looks for SLF4J, Log4j and others, then starts java.util.logging (about 100 classes,
    // and a config file read) only to log errors we already report ourselves; "none" skips all that.
    if (System.getProperty("org.freemarker.loggerLibrary") == null) {
      System.setProperty("org.freemarker.loggerLibrary", "none");
    }
  }

  private static final String CLASSPATH_ROOT = "/io/compose2helm/templates";
  private static final String SUFFIX = ".ftl";
  private static final String CHART_PREFIX = "chart/";

  private final Path userDirectory;
  private final RenderCache cache;
  private Configuration configuration;
  private BackgroundTask<Configuration> warmUp;

  /** @param userDirectory templates that override or add to the built-in ones, or {@code null} */
  public TemplateRenderer(Path userDirectory) {
    this(userDirectory, RenderCache.NONE);
    configuration = configure(userDirectory);
  }

  private TemplateRenderer(Path userDirectory, RenderCache cache) {
    this.userDirectory = userDirectory;
    this.cache = cache;
  }

  /**
   * A renderer that meanwhile parses the built-in templates on a background thread: parsing them is a
   * sixth of a conversion's start and needs no input, so it overlaps reading the project. Rendering
   * waits for it. With a user template directory nothing is parsed ahead, so its errors surface as usual.
   * With a cache that holds entries of this build, FreeMarker is configured only when what is asked
   * for is not in it (user templates are never cached: they can include files nobody names to us).
   */
  public static TemplateRenderer warmingUp(Path userDirectory, RenderCache cache) {
    if (userDirectory != null) {
      return new TemplateRenderer(userDirectory);
    }
    TemplateRenderer renderer = new TemplateRenderer(null, cache);
    if (!cache.knowsThisBuild()) {
      renderer.warmUp = BackgroundTask.start("compose2helm-templates", new BuiltInParsing());
    }
    return renderer;
  }

  /** Parses the built-in templates, as {@link #parseBuiltIn} does, on the warm-up thread. */
  private static final class BuiltInParsing implements Supplier<Configuration> {
    @Override
    public Configuration get() {
      return parseBuiltIn();
    }
  }

  /**
   * FreeMarker configured, with its template cache filled; null when that failed: rendering then
   * meets the failure again, and reports it.
   */
  private static Configuration parseBuiltIn() {
    // FreeMarker's number built-ins need BigDecimal: on JDK 25 initialising that class takes about
    // 20 ms of CPU, better spent here than on the main thread, should it read an exotic duration.
    BigDecimal.ONE.signum();
    try {
      Configuration configured = configure(null);
      for (String name : BUILT_IN) {
        configured.getTemplate(name);
      }
      configured.getTemplate(DeployScriptRenderer.TEMPLATE);
      return configured;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private void awaitWarmUp() {
    if (warmUp == null) {
      if (configuration == null) {
        configuration = configure(userDirectory);
      }
      return;
    }
    configuration = warmUp.get();
    warmUp = null;
    if (configuration == null) {
      configuration = configure(userDirectory);
    }
  }

  /** Renders every template; keys are chart-relative output paths, in sorted order. */
  public Map<String, String> render(Map<String, Object> model) {
    return prepare(model).get();
  }

  /**
   * Looks every template's output up in the cache now; on a miss FreeMarker starts on a second core,
   * so that it is ready when the result is asked for (rendering happens then, on the caller's thread).
   */
  Supplier<Map<String, String>> prepare(Map<String, Object> model) {
    RenderCache.Lookup lookup = cache.lookup(String.join(",", BUILT_IN), model);
    warmUpUnless(lookup.hit());
    return new PreparedTemplates(lookup, model);
  }

  /** Like {@link #prepare(Map)}, for one template by its path under the template root. */
  Supplier<String> prepareOne(String name, Map<String, Object> model) {
    RenderCache.Lookup lookup = cache.lookup(name, model);
    warmUpUnless(lookup.hit());
    return new PreparedTemplate(lookup, name, model);
  }

  /** Every template's output: kept by the cache, else rendered (and kept) when asked for. */
  private final class PreparedTemplates implements Supplier<Map<String, String>> {
    private final RenderCache.Lookup lookup;
    private final Map<String, Object> model;

    PreparedTemplates(RenderCache.Lookup lookup, Map<String, Object> model) {
      this.lookup = lookup;
      this.model = model;
    }

    @Override
    public Map<String, String> get() {
      Map<String, String> kept = lookup.kept();
      return kept != null ? kept : lookup.keep(renderAll(model));
    }
  }

  /** One template's output: kept by the cache, else rendered (and kept) when asked for. */
  private final class PreparedTemplate implements Supplier<String> {
    private final RenderCache.Lookup lookup;
    private final String name;
    private final Map<String, Object> model;

    PreparedTemplate(RenderCache.Lookup lookup, String name, Map<String, Object> model) {
      this.lookup = lookup;
      this.name = name;
      this.model = model;
    }

    @Override
    public String get() {
      Map<String, String> kept = lookup.kept();
      return (kept != null ? kept : lookup.keep(Map.of(name, renderNow(name, model)))).get(name);
    }
  }

  private void warmUpUnless(boolean kept) {
    if (!kept && configuration == null && warmUp == null) {
      warmUp = BackgroundTask.start("compose2helm-templates", new BuiltInParsing());
    }
  }

  private Map<String, String> renderAll(Map<String, Object> model) {
    Map<String, String> files = new TreeMap<>();
    for (String name : templateNames()) {
      String output = name.substring(CHART_PREFIX.length(), name.length() - SUFFIX.length());
      files.put(output, renderNow(name, model));
    }
    return files;
  }

  private String renderNow(String name, Map<String, Object> model) {
    awaitWarmUp();
    try {
      Template template = configuration.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (TemplateException e) {
      throw new InputException(SourceLocation.ofFile(name), "",
          "template error at line " + e.getLineNumber() + ": " + e.getMessageWithoutStackTop());
    } catch (freemarker.core.ParseException e) {
      throw new InputException(new SourceLocation(name, e.getLineNumber(), e.getColumnNumber()), "",
          "template syntax error: " + e.getEditorMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    } catch (StackOverflowError e) {
      // A --templates file whose macros call themselves without end; FreeMarker has no depth limit.
      throw new InputException(SourceLocation.ofFile(name), "",
          "template error: macros or includes recurse without end (stack overflow)");
    }
  }

  private List<String> templateNames() {
    TreeSet<String> names = new TreeSet<>(BUILT_IN);
    if (userDirectory != null) {
      try {
        for (String file : RegularFiles.under(userDirectory.resolve("chart"))) {
          if (file.endsWith(SUFFIX)) {
            names.add("chart/" + file);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list templates in " + userDirectory, e);
      }
    }
    return new ArrayList<>(names);
  }

  private static Configuration configure(Path userDirectory) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    config.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setClassicCompatible(false);
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setNumberFormat("computer");
    config.setLocalizedLookup(false);
    TemplateLoader builtIn = new ClassTemplateLoader(TemplateRenderer.class, CLASSPATH_ROOT);
    if (userDirectory == null) {
      config.setTemplateLoader(builtIn);
    } else {
      try {
        config.setTemplateLoader(
            new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDirectory.toFile()), builtIn}));
      } catch (IOException e) {
        throw new InputException(SourceLocation.ofFile(userDirectory.toString()), "--templates",
            "cannot read the template directory: " + e.getMessage());
      }
    }
    return config;
  }
}
