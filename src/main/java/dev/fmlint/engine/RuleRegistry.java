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
import java.util.function.Function;

/**
 * Every rule known to a run, by id: the providers on the class path, then plugin and custom rules added with
 * {@link #plus}. Ids must be unique, core checks' included; each rule keeps where it came from, so that a
 * clash can name both rules.
 */
public final class RuleRegistry {
    private final Map<String, Rule> rules;
    private final Map<String, String> origins;

    private RuleRegistry(Map<String, Rule> rules, Map<String, String> origins) {
        this.rules = rules;
        this.origins = origins;
    }

    public static RuleRegistry load(ClassLoader loader) {
        RuleRegistry registry = new RuleRegistry(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
            try {
                registry = registry.plus(provider.rules(),
                        r -> "the built-in rule " + r.meta().id() + " (" + r.getClass().getName() + ")");
            } catch (DuplicateRuleException e) {
                throw new IllegalStateException(e.getMessage(), e); // rules on fmlint's own class path: a build bug
            }
        }
        return registry;
    }

    /**
     * This registry with more rules, from a plugin or the configuration.
     *
     * @param origin names where a rule comes from, for the message when its id is taken
     */
    public RuleRegistry plus(List<? extends Rule> more, Function<Rule, String> origin) throws DuplicateRuleException {
        Map<String, Rule> all = new LinkedHashMap<>(rules);
        Map<String, String> from = new LinkedHashMap<>(origins);
        for (Rule rule : more) {
            String id = rule.meta().id();
            String taken = CoreChecks.isCore(id) ? "fmlint's core check " + id : from.get(id);
            if (taken != null) {
                throw new DuplicateRuleException("rule id \"" + id + "\" of " + origin.apply(rule)
                        + " is already taken by " + taken + "; rule ids must be unique, so give it another id");
            }
            all.put(id, rule);
            from.put(id, origin.apply(rule));
        }
        return new RuleRegistry(all, from);
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
