package fr.vigie.codec;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of decoding one raw value: either a value or a rejection reason. Codecs never throw on
 * bad data; they return {@link Rejected}, which a reader turns into a quarantine entry.
 */
public sealed interface Decoded<T> {

  record Ok<T>(T value) implements Decoded<T> {
    public Ok {
      Objects.requireNonNull(value, "an Ok value is never null: use Decoded.empty() for no value");
    }
  }

  /** No value and no error: an empty cell where emptiness is allowed (empty = null). */
  record Empty<T>() implements Decoded<T> {}

  record Rejected<T>(Reason reason, String detail) implements Decoded<T> {
    /** The reason code written to quarantine, for example {@code invalid_period:199904}. */
    public String code() {
      return reason.code() + ":" + detail;
    }
  }

  static <T> Decoded<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Decoded<T> empty() {
    return new Empty<>();
  }

  static <T> Decoded<T> rejected(Reason reason, String detail) {
    return new Rejected<>(reason, detail == null ? "" : detail);
  }

  default boolean isOk() {
    return this instanceof Ok<T>;
  }

  default boolean isRejected() {
    return this instanceof Rejected<T>;
  }

  /** The value, or null when empty or rejected. */
  default T orNull() {
    return this instanceof Ok<T> ok ? ok.value() : null;
  }

  /** The quarantine reason code, or null when not rejected. */
  default String reasonCode() {
    return this instanceof Rejected<T> r ? r.code() : null;
  }

  default <U> Decoded<U> map(Function<T, U> f) {
    if (this instanceof Ok<T> ok) return ok(f.apply(ok.value()));
    if (this instanceof Rejected<T> r) return rejected(r.reason(), r.detail());
    return empty();
  }
}
