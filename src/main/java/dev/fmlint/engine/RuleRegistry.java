package dev.fmlint.engine;

import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.RuleProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every rule known to a run, by id, from the providers on the class path; ids must be unique. */
public final class RuleRegistry {
    private final Map<String, Rule> rules;

    private RuleRegistry(Map<String, Rule> rules) {
        this.rules = rules;
    }

    public static RuleRegistry load(ClassLoader loader) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
            for (Rule rule : provider.rules()) {
                String id = rule.meta().id();
                boolean core = CoreChecks.ALL.stream().anyMatch(m -> m.id().equals(id));
                if (core || rules.putIfAbsent(id, rule) != null) {
                    throw new IllegalStateException("two rules share the id \"" + id + "\" ("
                            + rule.getClass().getName() + "); rule ids must be unique");
                }
            }
        }
        return new RuleRegistry(rules);
    }

    public List<Rule> all() {
        return new ArrayList<>(rules.values());
    }

    public Optional<Rule> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rules' metadata and the core checks', in listing order. */
    public List<RuleMeta> catalog() {
        List<RuleMeta> all = new ArrayList<>(CoreChecks.ALL);
        rules.values().forEach(r -> all.add(r.meta()));
        return all;
    }
}
