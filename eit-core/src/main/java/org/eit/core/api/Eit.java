package org.eit.core.api;

/**
 * Where an embedding application starts:
 *
 * <pre>{@code
 * EitEngine engine = Eit.engine().build();
 * Diagnostic diagnostic = engine.analyze(AnalysisRequest.of(territory));
 * }</pre>
 *
 * The engine's implementation ({@code eit-rules}) is found with {@link java.util.ServiceLoader}: an application
 * compiles against eit-core only, without Drools or Guice.
 */
public final class Eit {
    private Eit() {
    }

    /** A builder for an engine with the shipped stages, found through this class's class loader. */
    public static EngineBuilder engine() {
        return new EngineBuilder(Eit.class.getClassLoader());
    }
}
