package org.eit.rules;

import com.google.inject.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.EitEngine;
import org.eit.core.spi.EitPlugin;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.ResultKey;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * A test plugin that runs right after the stage of order {@code after} and keeps what the stages before it
 * published, so a test can look at one stage's results (the compatibility rules' Accepts, for example).
 */
public final class Probe implements EitPlugin {
    private final int after;
    private final List<ResultKey<?>> keys;
    private final Map<String, Object> seen = new HashMap<>();

    public Probe(int after, ResultKey<?>... keys) {
        this.after = after;
        this.keys = List.of(keys);
    }

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void configure(Binder binder) {
        Extensions.stages(binder).addBinding().toInstance(new Stage() {
            @Override
            public String name() {
                return "probe";
            }

            @Override
            public int order() {
                return after + 1;
            }

            @Override
            public void run(StageContext context) {
                for (ResultKey<?> key : keys) {
                    context.find(key).ifPresent(v -> seen.put(key.name(), v));
                }
            }
        });
    }

    private EitEngine engine;

    /** An engine with this probe, built once (its rule bases compile once). */
    public synchronized EitEngine engine() {
        if (engine == null) {
            engine = DroolsEngineFactory.injector(List.of(this), org.eit.core.spi.EngineSettings.DEFAULTS).getInstance(EitEngine.class);
        }
        return engine;
    }

    /** Runs {@code request} and returns what {@code key} held when the probe ran. */
    public <T> T run(AnalysisRequest request, ResultKey<T> key) {
        seen.clear();
        engine().analyze(request);
        return key.type().cast(seen.get(key.name()));
    }
}
