package fr.vigie.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The top-level key of {@code _manifest.json} a step's result record is written under and read from
 * ({@link Manifest#set}, {@link Manifest#read}): the one place the section's name is written.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ManifestSection {
  String value();
}
