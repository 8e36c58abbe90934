package dev.fmlint.schema;

import java.util.function.Supplier;

/** A value made on first use, at most once, also when threads ask for it at the same time. */
final class Once<T> implements Supplier<T> {
    private Supplier<T> maker;
    private T value;

    Once(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public synchronized T get() {
        if (maker != null) {
            value = maker.get();
            maker = null;
        }
        return value;
    }
}
