package org.escrowbootstrap.system;

import java.util.function.Function;

/**
 * An answer from the Mac, or the reason there is none: the system layer never throws to its callers.
 *
 * @param <T> the answer's type
 */
public sealed interface Result<T> {

    /** The tool answered. */
    record Ok<T>(T value) implements Result<T> {}

    /** The tool failed; {@code failure} says which and how. */
    record Failed<T>(ToolFailure failure) implements Result<T> {
        public Failed {
            if (failure == null) {
                throw new IllegalArgumentException("failure must not be null");
            }
        }
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> failed(ToolFailure failure) {
        return new Failed<>(failure);
    }

    static <T> Result<T> failed(String tool, ToolFailure.Kind kind, String detail) {
        return new Failed<>(new ToolFailure(tool, kind, detail));
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; only call after {@link #isOk()}. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException(
                "no value: " + ((Failed<T>) this).failure().describe());
    }

    /** The failure's one-line description, or an empty string for an answer. */
    default String failureText() {
        return this instanceof Failed<T> failed ? failed.failure().describe() : "";
    }

    default T orElse(T fallback) {
        return this instanceof Ok<T> ok ? ok.value() : fallback;
    }

    default <U> Result<U> map(Function<? super T, ? extends U> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        return new Failed<>(((Failed<T>) this).failure());
    }
}
