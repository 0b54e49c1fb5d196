package de.kommunale2030.plattform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller that records each of its reads itself, with more than the generic
 * {@code api.read} entry could say (the purpose, the outcome of the purpose check). The generic
 * read auditing leaves its handlers alone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditsItself {
}
