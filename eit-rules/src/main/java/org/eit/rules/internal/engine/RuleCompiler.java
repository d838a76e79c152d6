package org.eit.rules.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.eit.core.api.RuleException;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.collect.Parallel;
import org.eit.core.internal.text.Hashes;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.rules.RulesMessages;
import org.eit.rules.internal.safety.SafeLoading;
import org.eit.rules.spi.DrlPackage;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the rule files of one stage into a rule base, with the classic Drools engine, which reports errors on
 * the rule author's own file and line. Rule bases are cached by the content of the files, so the second analysis
 * with the same rules starts at once. Rules that need no checking (eit's own packs, and trusted ones) and compile
 * without a message are also kept compiled across runs ({@link ModuleCache}, keyed by the files' content and the
 * Drools and Java versions), so that the command line does not compile the shipped packs on every run; rules that
 * safe loading checks are always compiled, and a module that cannot be loaded back is compiled again. This is the
 * one class that builds Drools rule bases. Thread-safe.
 */
final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final Pattern RULE = Pattern.compile("^[ \\t]*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final int CACHE_SIZE = 32;
    /**
     * Class reactivity rather than property reactivity: the shipped rules never modify facts, and property
     * reactivity warns about every join that calls a method with another fact, which is most of them.
     */
    private static final String KMODULE = """
            <kmodule xmlns="http://www.drools.org/xsd/kmodule">
              <configuration>
                <property key="drools.propertySpecific" value="ALLOWED"/>
              </configuration>
              <kbase name="eit" default="true">
                <ksession name="eit" default="true"/>
              </kbase>
            </kmodule>
            """;

    private static final String DROOLS_VERSION = String.valueOf(KieServices.class.getPackage()
            .getImplementationVersion()) + "/" + String.valueOf(org.drools.core.common.DefaultFactHandle.class
            .getPackage().getImplementationVersion());

    private final SafeLoading safeLoading;
    private final ModuleCache moduleCache;
    private final AtomicLong loadedFromCache = new AtomicLong();
    /** Rule bases by digest, each made once: a second caller of one being made waits for it. */
    private final Map<String, FutureTask<CompiledRules>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, FutureTask<CompiledRules>> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    RuleCompiler(SafeLoading safeLoading) {
        this(safeLoading, ModuleCache.fromEnvironment());
    }

    RuleCompiler(SafeLoading safeLoading, ModuleCache moduleCache) {
        this.safeLoading = safeLoading;
        this.moduleCache = moduleCache;
    }

    /** How many rule bases were loaded from the modules kept across runs rather than compiled. */
    long loadedFromCache() {
        return loadedFromCache.get();
    }

    /** Whether the rule base of {@code files} is made and kept (not being made, not failed). */
    boolean isMade(List<RuleSource> files) {
        FutureTask<CompiledRules> task = cache.get(digest(files));
        if (task == null || !task.isDone()) {
            return false;
        }
        try {
            return task.get() != null;
        } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
            return false;
        }
    }

    /**
     * The rule base of {@code files}; a {@link RuleException} lists every compile error, and every use of
     * something safe loading refuses in the files nobody vouched for (checked before and after compiling, and
     * nothing of theirs runs when one is refused).
     */
    CompiledRules compile(List<RuleSource> files) {
        String key = digest(files);
        FutureTask<CompiledRules> task;
        boolean mine = false;
        synchronized (cache) {
            task = cache.get(key);
            if (task == null) {
                task = new FutureTask<>(() -> compileNow(files, key));
                cache.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return Parallel.join(task);
        } catch (RuntimeException | Error e) {
            // A failure is not kept (the files may be mended); a caller interrupted while another compiled leaves
            // that compilation be.
            if (task.isDone()) {
                cache.remove(key, task);
            }
            throw e;
        }
    }

    private CompiledRules compileNow(List<RuleSource> files, String key) {
        List<SourceFile> untrusted = files.stream().filter(f -> !f.trusted()).map(RuleSource::file).toList();
        if (!untrusted.isEmpty()) {
            List<Problem> refused = safeLoading.checkSources(untrusted);
            if (refused.stream().anyMatch(Problem::isError)) {
                throw new RuleException(withTheOthers(refused, files));
            }
        }
        return build(files, key, untrusted);
    }

    /**
     * The refusals of safe loading with the compile errors of the files it did not refuse, so that an author sees
     * every problem at once: those files are compiled (nothing of a rule runs while compiling, and their compiled
     * code is checked in turn) and the result thrown away.
     */
    private List<Problem> withTheOthers(List<Problem> refused, List<RuleSource> files) {
        java.util.Set<String> refusedFiles = new java.util.HashSet<>();
        refused.stream().filter(Problem::isError).forEach(p -> refusedFiles.add(p.file()));
        List<RuleSource> others = files.stream().filter(f -> !refusedFiles.contains(f.file().name())).toList();
        Problems all = new Problems().addAll(refused);
        if (others.stream().anyMatch(f -> !f.trusted())) {
            try {
                build(others, digest(others), others.stream().filter(f -> !f.trusted()).map(RuleSource::file)
                        .toList());
            } catch (RuleException e) {
                all.addAll(e.problems());
            }
        }
        return all.sorted();
    }

    private CompiledRules build(List<RuleSource> files, String key, List<SourceFile> untrusted) {
        long start = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        // A release id of its own per rule set: builds under one id would replace each other in the JVM-wide
        // repository while another analysis still uses them.
        ReleaseId releaseId = services.newReleaseId("org.eit.generated", "rules-" + key.substring(0, 16), "1.0.0");
        String moduleKey = untrusted.isEmpty() && moduleCache.enabled() ? moduleKey(key) : null;
        if (moduleKey != null) {
            KieBase base = load(services, moduleKey, moduleKey);
            if (base != null) {
                loadedFromCache.incrementAndGet();
                LOG.info("loaded {} compiled rule files in {} ms", files.size(),
                        (System.nanoTime() - start) / 1_000_000);
                return new CompiledRules(base, List.of(), locate(files), packs(files), java.util.Set.of());
            }
        }
        fileSystem.generateAndWritePomXML(releaseId);
        fileSystem.writeKModuleXML(KMODULE);
        Map<String, String> nameOfPath = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            RuleSource file = files.get(i);
            // Drools expects a file's folder to follow its package.
            String pkg = DrlPackage.of(file.file().content());
            String folder = pkg.isEmpty() ? "eit" : pkg.replace('.', '/');
            String path = folder + "/" + i + "-" + safeName(file.file().baseName());
            nameOfPath.put(path, file.file().name());
            fileSystem.write("src/main/resources/" + path, file.file().content());
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        Problems problems = new Problems();
        for (Message message : builder.getResults().getMessages()) {
            String file = nameOfPath.getOrDefault(message.getPath(), message.getPath() == null ? ""
                    : message.getPath());
            Location at = new Location(file, Math.max(0, message.getLine()), Math.max(0, message.getColumn()));
            String text = message.getText().replace('\n', ' ').trim();
            switch (message.getLevel()) {
                case ERROR -> problems.error(RulesMessages.MESSAGES, "rule.compile", at, "", null, text);
                case WARNING -> problems.warning(RulesMessages.MESSAGES, "rule.compile-warning", at, "", null, text);
                default -> LOG.debug("{}: {}", at, text);
            }
        }
        if (problems.hasErrors()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleException(withoutEchoes(problems.sorted()));
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase base = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        if (moduleKey != null && problems.isEmpty()) {
            byte[] packages = packagesOf(base, moduleKey);
            if (packages != null) {
                moduleCache.write(moduleKey, packages);
            }
        }
        if (!untrusted.isEmpty()) {
            List<Problem> refused = safeLoading.checkAndInstrument(base, untrusted);
            if (refused.stream().anyMatch(Problem::isError)) {
                throw new RuleException(refused);
            }
        }
        CompiledRules compiled = new CompiledRules(base, problems.sorted(), locate(files), packs(files),
                untrusted.stream().map(f -> DrlPackage.of(f.content())).collect(java.util.stream.Collectors.toSet()));
        LOG.info("compiled {} rule files in {} ms", files.size(), (System.nanoTime() - start) / 1_000_000);
        return compiled;
    }

    /**
     * The rule base of the packages kept under {@code moduleKey}, or null when there are none or they cannot be
     * read (truncated, written by another version, not the packages of these files): then they are forgotten, and
     * the caller compiles the files.
     */
    private KieBase load(KieServices services, String expectedName, String moduleKey) {
        byte[] bytes = moduleCache.read(moduleKey).orElse(null);
        if (bytes == null) {
            return null;
        }
        try {
            KieBaseConfiguration configuration = services.newKieBaseConfiguration();
            configuration.setProperty("drools.propertySpecific", "ALLOWED");
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration);
            Object read;
            try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes),
                    base.getRootClassLoader())) {
                if (!expectedName.equals(in.readUTF())) {
                    throw new IOException("the packages of other files");
                }
                read = in.readObject();
            }
            List<KiePackage> packages = new ArrayList<>();
            for (Object p : (List<?>) read) {
                packages.add((KiePackage) p);
            }
            base.addPackages(packages);
            return base;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.debug("rule cache: cannot load {}: {}; compiling", moduleKey, e.toString());
            moduleCache.discard(moduleKey);
            return null;
        }
    }

    /** The compiled packages of {@code base}, with the name they are kept for, as {@link #load} reads them. */
    private static byte[] packagesOf(KieBase base, String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeUTF(name);
            out.writeObject(new ArrayList<>(base.getKiePackages()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("rule cache: cannot write the packages of {}: {}", name, e.toString());
            return null;
        }
        return bytes.toByteArray();
    }

    /** What a module kept across runs is named by: the files, the kmodule, and the versions that compiled them. */
    private static String moduleKey(String filesDigest) {
        MessageDigest sha = Hashes.sha256();
        List<String> parts = new ArrayList<>(List.of(filesDigest, KMODULE, DROOLS_VERSION,
                System.getProperty("java.vm.version", ""), "1"));
        // Drools' own settings (the DRL parser chosen, for one) change what it compiles.
        new TreeSet<>(System.getProperties().stringPropertyNames()).stream().filter(n -> n.startsWith("drools."))
                .forEach(n -> parts.add(n + "=" + System.getProperty(n)));
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return Hashes.hex(sha);
    }

    /**
     * Drools follows a parse error with a line-less "Parser returned a null Package" for the same file; the error
     * with a line says it all.
     */
    private static List<Problem> withoutEchoes(List<Problem> problems) {
        return problems.stream()
                .filter(p -> p.line() > 0 || problems.stream().noneMatch(q -> q.file().equals(p.file()) && q.line() > 0))
                .toList();
    }

    /** Where each rule is written, found in the sources themselves: {@code rule "Name"} lines. */
    static Map<String, Location> locate(List<RuleSource> files) {
        Map<String, Location> locations = new LinkedHashMap<>();
        for (RuleSource source : files) {
            String content = source.file().content();
            String pkg = DrlPackage.of(content);
            Matcher m = RULE.matcher(content);
            while (m.find()) {
                int line = 1 + (int) content.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                locations.putIfAbsent(pkg + "." + m.group(1), Location.of(source.file().name(), line));
            }
        }
        return locations;
    }

    private static List<String> packs(List<RuleSource> files) {
        TreeSet<String> packs = new TreeSet<>();
        files.forEach(f -> packs.add(f.pack()));
        return List.copyOf(packs);
    }

    private static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.endsWith(".drl") ? safe : safe + ".drl";
    }

    private static String digest(List<RuleSource> files) {
        MessageDigest sha = Hashes.sha256();
        for (RuleSource file : files) {
            sha.update((byte) (file.trusted() ? 1 : 0));
            sha.update(file.file().name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.file().content().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return Hashes.hex(sha);
    }
}
